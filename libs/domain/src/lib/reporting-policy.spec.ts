import { asSubject, defineAbilityFor } from './policy';
import { Principal, RoleGrant } from './roles';

const utrecht = 'region-utrecht';
const principal = (grant: RoleGrant, personId: string | null = null): Principal => ({ userId: 'u1', grants: [grant], personId });
const report = (themeId: string, published: boolean) => asSubject('ProgressReport', { regionId: utrecht, themeId, published });

describe('reporting policy', () => {
  it('lets the bureau manage meetings, cycles and decisions, and submit but not sign off reports', () => {
    const ability = defineAbilityFor(principal({ role: 'BUREAU', regionId: utrecht }));
    for (const subject of ['CollegeMeeting', 'ReportCycle', 'Decision', 'FollowUp'] as const) {
      expect(ability.can('create', asSubject(subject, { regionId: utrecht }))).toBe(true);
      expect(ability.can('create', asSubject(subject, { regionId: 'other' }))).toBe(false);
    }
    expect(ability.can('update', report('overlast', false))).toBe(true);
    expect(ability.can('submit', report('overlast', false))).toBe(true);
    expect(ability.can('signOff', report('overlast', false))).toBe(false);
    expect(ability.can('contribute', report('overlast', false))).toBe(false);
  });

  it('lets a driver write and sign off the own theme only', () => {
    const ability = defineAbilityFor(principal({ role: 'DRIVER', regionId: utrecht, themeId: 'overlast' }));
    expect(ability.can('signOff', report('overlast', false))).toBe(true);
    expect(ability.can('update', report('overlast', false))).toBe(true);
    expect(ability.can('signOff', report('ondermijning', false))).toBe(false);
    expect(ability.can('read', report('ondermijning', false))).toBe(false);
    expect(ability.can('read', report('ondermijning', true))).toBe(true);
    expect(ability.can('submit', report('overlast', false))).toBe(false);
    expect(ability.can('create', asSubject('Decision', { regionId: utrecht }))).toBe(false);
  });

  it('lets a co-driver contribute for the own organisation and theme, never sign off', () => {
    const ability = defineAbilityFor(principal({ role: 'CO_DRIVER', regionId: utrecht, themeId: 'overlast', organisationId: 'om' }));
    expect(ability.can('contribute', report('overlast', false))).toBe(true);
    expect(ability.can('signOff', report('overlast', false))).toBe(false);
    expect(ability.can('update', report('overlast', false))).toBe(false);
    expect(ability.can('create', asSubject('ReportContribution', { regionId: utrecht, themeId: 'overlast', organisationId: 'om' }))).toBe(true);
    expect(ability.can('create', asSubject('ReportContribution', { regionId: utrecht, themeId: 'overlast', organisationId: 'politie' }))).toBe(false);
  });

  it.each(['COLLEGE', 'MUNICIPALITY', 'VIEWER'] as const)('lets %s read submitted reports only', (role) => {
    const ability = defineAbilityFor(principal({ role, regionId: utrecht, municipalityId: 'zeist' }));
    expect(ability.can('read', report('overlast', true))).toBe(true);
    expect(ability.can('read', report('overlast', false))).toBe(false);
    expect(ability.can('read', asSubject('CollegeMeeting', { regionId: utrecht }))).toBe(true);
    expect(ability.can('update', report('overlast', true))).toBe(false);
  });

  it('lets the owner of a follow-up close it', () => {
    const ability = defineAbilityFor(principal({ role: 'VIEWER', regionId: utrecht }, 'person-1'));
    expect(ability.can('update', asSubject('FollowUp', { regionId: utrecht, ownerPersonId: 'person-1' }))).toBe(true);
    expect(ability.can('update', asSubject('FollowUp', { regionId: utrecht, ownerPersonId: 'person-2' }))).toBe(false);
  });
});
