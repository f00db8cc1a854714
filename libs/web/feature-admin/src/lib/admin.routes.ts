import { Route } from '@angular/router';
import { permissionGuard } from '@regie/web/data-access';
import { translationKey } from '@regie/web/util';
import { AuditPage } from './audit/audit-page';
import { MunicipalitiesPage } from './municipalities/municipalities-page';
import { MunicipalitiesStore } from './municipalities/municipalities-store';
import { MunicipalityEditPage } from './municipalities/municipality-edit-page';

export const municipalityRoutes: Route[] = [
  {
    path: '',
    providers: [MunicipalitiesStore],
    canActivate: [permissionGuard('read', 'Municipality')],
    children: [
      { path: '', component: MunicipalitiesPage, title: translationKey('municipalities.title') },
      {
        path: ':id/wijzigen',
        component: MunicipalityEditPage,
        canActivate: [permissionGuard('update', 'Municipality')],
        title: translationKey('municipalities.editPageTitle'),
      },
    ],
  },
];

export const auditRoutes: Route[] = [
  { path: '', component: AuditPage, canActivate: [permissionGuard('read', 'AuditEvent')], title: translationKey('audit.title') },
];
