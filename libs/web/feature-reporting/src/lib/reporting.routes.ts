import { Route } from '@angular/router';
import { translationKey } from '@regie/web/util';
import { CollegePage } from './college/college-page';
import { ComparePage } from './compare/compare-page';
import { CyclePage } from './cycle/cycle-page';
import { MeetingPage } from './meeting/meeting-page';
import { ReportPage } from './report/report-page';
import { TasksPage } from './tasks/tasks-page';

/** Mounted at `/vergaderingen`. */
export const meetingRoutes: Route[] = [
  { path: '', component: CollegePage, title: translationKey('reporting.college.title') },
  { path: ':id', component: MeetingPage, title: translationKey('reporting.meeting.pageTitle') },
];

/** Mounted at `/cycli`. */
export const cycleRoutes: Route[] = [{ path: ':id', component: CyclePage, title: translationKey('reporting.cycle.pageTitle') }];

/** Mounted at `/rapportages`. */
export const reportRoutes: Route[] = [
  { path: ':id', component: ReportPage, title: translationKey('reporting.report.pageTitle') },
  { path: ':id/vergelijk', component: ComparePage, title: translationKey('reporting.compare.pageTitle') },
];

/** Mounted at `/taken`. */
export const taskRoutes: Route[] = [{ path: '', component: TasksPage, title: translationKey('reporting.tasks.title') }];
