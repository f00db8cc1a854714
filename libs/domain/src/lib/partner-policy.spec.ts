import { asSubject, defineAbilityFor, SubjectName } from './policy';
import { Principal, RoleGrant } from './roles';

const utrecht = 'region-utrecht';
const halt = 'org-halt';
const ggd = 'org-ggd';
const principal = (...grants: RoleGrant[]): Principal => ({ userId: 'u1', grants, personId: null });
const partner = defineAbilityFor(principal({ role: 'PARTNER', regionId: utrecht, organisationId: halt }));
const in_ = (type: Exclude<SubjectName, 'all'>, attributes: Record<string, unknown> = {}) => asSubject(type, { regionId: utrecht, ...attributes });

describe('partner policy', () => {
  it('reads what the region shares with partners', () => {
    for (const type of ['Region', 'Municipality', 'Strategy', 'Theme', 'ThemeMandate', 'Goal', 'Indicator', 'Measurement', 'Action', 'Milestone', 'CapacityCommitment', 'CollegeMeeting', 'ReportCycle', 'Decision', 'FollowUp'] as const) {
      expect([type, partner.can('read', in_(type))]).toEqual([type, true]);
      expect([type, partner.can('read', asSubject(type, { regionId: 'region-other' }))]).toEqual([type, false]);
    }
    expect(partner.can('read', in_('ProgressReport', { themeId: 't1', published: true }))).toBe(true);
  });

  it('does not read the audit log, local fit, overlap signals, draft reports or other organisations\' contributions', () => {
    for (const type of ['AuditEvent', 'Ivp', 'Participation', 'LocalFitAssessment', 'LocalFitComment', 'GoodPractice', 'PracticeAdoption', 'OverlapSignal'] as const) {
      expect([type, partner.can('read', in_(type))]).toEqual([type, false]);
    }
    expect(partner.can('read', in_('ProgressReport', { themeId: 't1', published: false }))).toBe(false);
    expect(partner.can('read', in_('ReportContribution', { themeId: 't1', organisationId: ggd, published: true }))).toBe(false);
    expect(partner.can('read', in_('ReportContribution', { themeId: 't1', organisationId: halt, published: false }))).toBe(true);
  });

  it('updates its own capacity lines, and of its own milestones only the dates', () => {
    expect(partner.can('update', in_('CapacityCommitment', { themeId: 't1', organisationId: halt }))).toBe(true);
    expect(partner.can('update', in_('CapacityCommitment', { themeId: 't1', organisationId: ggd }))).toBe(false);
    expect(partner.can('update', asSubject('CapacityCommitment', { regionId: 'region-other', organisationId: halt }))).toBe(false);
    const own = in_('Milestone', { themeId: 't1', organisationId: halt });
    expect(partner.can('update', own, 'doneOn')).toBe(true);
    expect(partner.can('update', own, 'dueOn')).toBe(true);
    expect(partner.can('update', own, 'title')).toBe(false);
    expect(partner.can('update', own, 'organisationId')).toBe(false);
    expect(partner.can('update', in_('Milestone', { themeId: 't1', organisationId: ggd }), 'doneOn')).toBe(false);
    expect(partner.can('update', in_('Milestone', { themeId: 't1', organisationId: null }), 'doneOn')).toBe(false);
  });

  it('contributes for its own organisation to reports of themes where it takes part in an action', () => {
    expect(partner.can('contribute', in_('ProgressReport', { themeId: 't1', published: false, actionOrganisationIds: ['org-police', halt] }))).toBe(true);
    expect(partner.can('contribute', in_('ProgressReport', { themeId: 't2', published: false, actionOrganisationIds: ['org-police'] }))).toBe(false);
    expect(partner.can('contribute', in_('ProgressReport', { themeId: 't2', published: false }))).toBe(false);
    expect(partner.can('create', in_('ReportContribution', { themeId: 't1', organisationId: halt }))).toBe(true);
    expect(partner.can('create', in_('ReportContribution', { themeId: 't1', organisationId: ggd }))).toBe(false);
  });

  it('is refused everything else', () => {
    for (const type of ['Goal', 'Indicator', 'Action', 'Measurement', 'Municipality', 'ThemeMandate', 'Theme', 'Strategy', 'CollegeMeeting', 'ReportCycle', 'Decision'] as const) {
      for (const verb of ['create', 'update', 'delete'] as const) expect([type, verb, partner.can(verb, in_(type, { themeId: 't1', organisationId: halt }))]).toEqual([type, verb, false]);
    }
    for (const verb of ['create', 'delete'] as const) {
      expect(partner.can(verb, in_('CapacityCommitment', { organisationId: halt }))).toBe(false);
      expect(partner.can(verb, in_('Milestone', { organisationId: halt }))).toBe(false);
    }
    for (const verb of ['update', 'signOff', 'submit'] as const) expect(partner.can(verb, in_('ProgressReport', { themeId: 't1', actionOrganisationIds: [halt] }))).toBe(false);
  });

  it('gives drivers and the bureau every capacity line and milestone of their scope, whoever committed it', () => {
    const driver = defineAbilityFor(principal({ role: 'DRIVER', regionId: utrecht, themeId: 't1' }));
    expect(driver.can('update', in_('CapacityCommitment', { themeId: 't1', organisationId: ggd }))).toBe(true);
    expect(driver.can('update', in_('Milestone', { themeId: 't1', organisationId: ggd }), 'title')).toBe(true);
    expect(driver.can('update', in_('Milestone', { themeId: 't2', organisationId: ggd }))).toBe(false);
    const bureau = defineAbilityFor(principal({ role: 'BUREAU', regionId: utrecht }));
    expect(bureau.can('update', in_('CapacityCommitment', { themeId: 't2', organisationId: halt }))).toBe(true);
    const viewer = defineAbilityFor(principal({ role: 'VIEWER', regionId: utrecht }));
    expect(viewer.can('update', in_('CapacityCommitment', { themeId: 't2', organisationId: halt }))).toBe(false);
  });

  it('grants nothing for a partner grant without its organisation', () => {
    const unscoped = defineAbilityFor(principal({ role: 'PARTNER', regionId: utrecht }));
    expect(unscoped.can('read', in_('Theme'))).toBe(false);
    expect(unscoped.can('update', in_('CapacityCommitment', { organisationId: null }))).toBe(false);
  });
});
