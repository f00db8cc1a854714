import type { Action, Role, SubjectName } from '@regie/domain';
import { translationKey } from '@regie/web/util';

export interface NavigationItem {
  path: string;
  label: string;
  /** Shown only when the shared policy allows this; the page's route guard checks the same. */
  requires?: { action: Action; subject: Exclude<SubjectName, 'all'> };
  /** Shown only to holders of this role: a landing page made for them, not a permission (the policy still decides). */
  forRole?: Role;
  exact?: boolean;
}

export const NAVIGATION: readonly NavigationItem[] = [
  { path: '/', label: translationKey('nav.start'), exact: true },
  { path: '/taken', label: translationKey('nav.tasks') },
  { path: '/ons-werk', label: translationKey('nav.ourWork'), forRole: 'PARTNER' },
  { path: '/boom', label: translationKey('nav.tree'), requires: { action: 'read', subject: 'Strategy' } },
  { path: '/vergaderingen', label: translationKey('nav.college'), requires: { action: 'read', subject: 'CollegeMeeting' } },
  { path: '/onze-gemeente', label: translationKey('localFit.nav.ownMunicipality'), requires: { action: 'update', subject: 'LocalFitAssessment' } },
  { path: '/lokale-aansluiting', label: translationKey('localFit.nav.matrix'), requires: { action: 'read', subject: 'LocalFitAssessment' } },
  { path: '/goede-praktijken', label: translationKey('localFit.nav.practices'), requires: { action: 'read', subject: 'GoodPractice' } },
  { path: '/gemeenten', label: translationKey('nav.municipalities'), requires: { action: 'read', subject: 'Municipality' } },
  { path: '/audit', label: translationKey('nav.audit'), requires: { action: 'read', subject: 'AuditEvent' } },
];
