import { Route } from '@angular/router';
import { permissionGuard } from '@regie/web/data-access';
import { translationKey } from '@regie/web/util';
import { HandoverPage } from './handover-page';

export const handoverRoutes: Route[] = [
  { path: '', component: HandoverPage, canActivate: [permissionGuard('update', 'ThemeMandate')], title: translationKey('handover.title') },
];
