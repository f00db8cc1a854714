import { Route } from '@angular/router';
import { translationKey } from '@regie/web/util';
import { OurWorkPage } from './our-work/our-work-page';
import { StartPage } from './overview/start-page';
import { ThemePage } from './theme/theme-page';
import { StrategyFormPage } from './strategy-edit/strategy-form-page';
import { StrategyTreePage } from './tree/strategy-tree-page';

export const strategyRoutes: Route[] = [{ path: '', component: StartPage, title: translationKey('strategy.title') }];

/** Mounted at `/themas`. */
export const themeRoutes: Route[] = [{ path: ':id', component: ThemePage, title: translationKey('theme.title') }];

/** Mounted at `/boom`; `?partner=…&gemeente=…` filter the actions. */
export const treeRoutes: Route[] = [{ path: '', component: StrategyTreePage, title: translationKey('tree.title') }];

/** Mounted at `/strategieen`: a new strategy, or the period, status and adoption of one. */
export const strategyEditRoutes: Route[] = [
  { path: 'nieuw', component: StrategyFormPage, title: translationKey('strategyEdit.newTitle') },
  { path: ':id/wijzigen', component: StrategyFormPage, title: translationKey('strategyEdit.editPageTitle') },
];

/** Mounted at `/ons-werk`: a partner organisation's actions, capacity lines and milestones. */
export const ourWorkRoutes: Route[] = [{ path: '', component: OurWorkPage, title: translationKey('ourWork.title') }];
