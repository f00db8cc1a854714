import { Route } from '@angular/router';
import { authenticatedGuard, guestGuard } from '@regie/web/data-access';
import { translationKey } from '@regie/web/util';
import { ForbiddenPage } from './errors/forbidden-page';
import { NotFoundPage } from './errors/not-found-page';

/** Each feature loads on first use; the shell itself stays small. */
export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('@regie/web/feature-account').then((m) => m.loginRoutes),
  },
  {
    path: '',
    canActivate: [authenticatedGuard],
    children: [
      { path: '', pathMatch: 'full', loadChildren: () => import('@regie/web/feature-strategy').then((m) => m.strategyRoutes) },
      { path: 'themas', loadChildren: () => import('@regie/web/feature-strategy').then((m) => m.themeRoutes) },
      { path: 'strategieen', loadChildren: () => import('@regie/web/feature-strategy').then((m) => m.strategyEditRoutes) },
      { path: 'boom', loadChildren: () => import('@regie/web/feature-strategy').then((m) => m.treeRoutes) },
      { path: 'ons-werk', loadChildren: () => import('@regie/web/feature-strategy').then((m) => m.ourWorkRoutes) },
      { path: 'vergaderingen', loadChildren: () => import('@regie/web/feature-reporting').then((m) => m.meetingRoutes) },
      { path: 'cycli', loadChildren: () => import('@regie/web/feature-reporting').then((m) => m.cycleRoutes) },
      { path: 'rapportages', loadChildren: () => import('@regie/web/feature-reporting').then((m) => m.reportRoutes) },
      { path: 'taken', loadChildren: () => import('@regie/web/feature-reporting').then((m) => m.taskRoutes) },
      { path: 'account', loadChildren: () => import('@regie/web/feature-account').then((m) => m.accountRoutes) },
      { path: 'gemeenten/:id/overzicht', loadChildren: () => import('@regie/web/feature-local-fit').then((m) => m.ourMunicipalityRoutes) },
      { path: 'onze-gemeente', loadChildren: () => import('@regie/web/feature-local-fit').then((m) => m.ownMunicipalityRoutes) },
      { path: 'lokale-aansluiting', loadChildren: () => import('@regie/web/feature-local-fit').then((m) => m.localFitMatrixRoutes) },
      { path: 'goede-praktijken', loadChildren: () => import('@regie/web/feature-local-fit').then((m) => m.goodPracticeRoutes) },
      { path: 'personen/:id/overdracht', loadChildren: () => import('@regie/web/feature-handover').then((m) => m.handoverRoutes) },
      { path: 'gemeenten', loadChildren: () => import('@regie/web/feature-admin').then((m) => m.municipalityRoutes) },
      { path: 'audit', loadChildren: () => import('@regie/web/feature-admin').then((m) => m.auditRoutes) },
      { path: 'geen-toegang', component: ForbiddenPage, title: translationKey('forbidden.title') },
    ],
  },
  { path: '**', component: NotFoundPage, title: translationKey('notFound.title') },
];
