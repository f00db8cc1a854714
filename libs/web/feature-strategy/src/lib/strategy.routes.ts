import { Route } from '@angular/router';
import { translationKey } from '@regie/web/util';
import { StartPage } from './overview/start-page';

export const strategyRoutes: Route[] = [{ path: '', component: StartPage, title: translationKey('strategy.title') }];
