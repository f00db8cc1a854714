import { Route } from '@angular/router';
import { permissionGuard } from '@regie/web/data-access';
import { translationKey } from '@regie/web/util';
import { LocalFitMatrixPage } from './matrix/local-fit-matrix-page';
import { GoodPracticesPage } from './practices/good-practices-page';
import { OurMunicipalityPage } from './overview/our-municipality-page';
import { OwnMunicipalityRedirect } from './overview/own-municipality-redirect';

/** Mounted at `/gemeenten/:id/overzicht`: "Onze gemeente". */
export const ourMunicipalityRoutes: Route[] = [
  { path: '', component: OurMunicipalityPage, canActivate: [permissionGuard('read', 'LocalFitAssessment')], title: translationKey('localFit.overview.title') },
];

/** Mounted at `/onze-gemeente`: sends a municipality official to the own municipality's page. */
export const ownMunicipalityRoutes: Route[] = [{ path: '', component: OwnMunicipalityRedirect, title: translationKey('localFit.overview.title') }];

/** Mounted at `/lokale-aansluiting`: the themes × municipalities matrix and the overlap signals. */
export const localFitMatrixRoutes: Route[] = [
  { path: '', component: LocalFitMatrixPage, canActivate: [permissionGuard('read', 'LocalFitAssessment')], title: translationKey('localFit.matrix.title') },
];

/** Mounted at `/goede-praktijken`: the practice library with roll-out per practice. */
export const goodPracticeRoutes: Route[] = [
  { path: '', component: GoodPracticesPage, canActivate: [permissionGuard('read', 'GoodPractice')], title: translationKey('localFit.practices.title') },
];
