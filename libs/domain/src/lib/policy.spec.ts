import { asSubject, defineAbilityFor } from './policy';
import { Principal, RoleGrant } from './roles';

const utrecht = 'region-utrecht';
const other = 'region-other';
const principal = (...grants: RoleGrant[]): Principal => ({ userId: 'u1', grants });

describe('defineAbilityFor', () => {
  it('gives nobody anything without a principal', () => {
    const ability = defineAbilityFor(null);
    expect(ability.can('read', asSubject('Theme', { regionId: utrecht }))).toBe(false);
  });

  it('lets ADMIN manage every region', () => {
    const ability = defineAbilityFor(principal({ role: 'ADMIN', regionId: null }));
    expect(ability.can('update', asSubject('Theme', { regionId: other }))).toBe(true);
    expect(ability.can('read', asSubject('AuditEvent', { regionId: other }))).toBe(true);
  });

  it('keeps BUREAU inside its own region', () => {
    const ability = defineAbilityFor(principal({ role: 'BUREAU', regionId: utrecht }));
    expect(ability.can('update', asSubject('Theme', { regionId: utrecht }))).toBe(true);
    expect(ability.can('read', asSubject('AuditEvent', { regionId: utrecht }))).toBe(true);
    expect(ability.can('read', asSubject('Theme', { regionId: other }))).toBe(false);
    expect(ability.can('update', asSubject('Theme', { regionId: other }))).toBe(false);
  });

  it('lets a MUNICIPALITY official update only their own municipality', () => {
    const ability = defineAbilityFor(principal({ role: 'MUNICIPALITY', regionId: utrecht, municipalityId: 'zeist' }));
    expect(ability.can('update', asSubject('Municipality', { id: 'zeist', regionId: utrecht }))).toBe(true);
    expect(ability.can('update', asSubject('Municipality', { id: 'de-bilt', regionId: utrecht }))).toBe(false);
    expect(ability.can('read', asSubject('Municipality', { id: 'de-bilt', regionId: utrecht }))).toBe(true);
    expect(ability.can('read', asSubject('AuditEvent', { regionId: utrecht }))).toBe(false);
  });

  it.each(['DRIVER', 'CO_DRIVER', 'COLLEGE', 'VIEWER'] as const)('lets %s read but not change the strategy', (role) => {
    const ability = defineAbilityFor(principal({ role, regionId: utrecht, themeId: 't1' }));
    expect(ability.can('read', asSubject('Strategy', { regionId: utrecht }))).toBe(true);
    expect(ability.can('update', asSubject('Strategy', { regionId: utrecht }))).toBe(false);
    expect(ability.can('update', asSubject('Municipality', { id: 'zeist', regionId: utrecht }))).toBe(false);
  });

  it('lets a user read only their own account', () => {
    const ability = defineAbilityFor(principal({ role: 'VIEWER', regionId: utrecht }));
    expect(ability.can('read', asSubject('User', { id: 'u1' }))).toBe(true);
    expect(ability.can('read', asSubject('User', { id: 'u2' }))).toBe(false);
  });

  it('lets drivers and co-drivers edit the plan of their own theme only', () => {
    const ability = defineAbilityFor(principal({ role: 'CO_DRIVER', regionId: utrecht, themeId: 'overlast' }));
    expect(ability.can('create', asSubject('Goal', { regionId: utrecht, themeId: 'overlast' }))).toBe(true);
    expect(ability.can('update', asSubject('Action', { regionId: utrecht, themeId: 'overlast' }))).toBe(true);
    expect(ability.can('update', asSubject('Action', { regionId: utrecht, themeId: 'ondermijning' }))).toBe(false);
    expect(ability.can('update', asSubject('Theme', { regionId: utrecht, themeId: 'overlast' }))).toBe(false);
    expect(ability.can('update', asSubject('ThemeMandate', { regionId: utrecht, themeId: 'overlast' }))).toBe(false);
  });

  it('lets a municipality official enter measurements for their own municipality only', () => {
    const ability = defineAbilityFor(principal({ role: 'MUNICIPALITY', regionId: utrecht, municipalityId: 'zeist' }));
    expect(ability.can('create', asSubject('Measurement', { regionId: utrecht, themeId: 't', municipalityId: 'zeist' }))).toBe(true);
    expect(ability.can('create', asSubject('Measurement', { regionId: utrecht, themeId: 't', municipalityId: 'de-bilt' }))).toBe(false);
    expect(ability.can('create', asSubject('Measurement', { regionId: utrecht, themeId: 't', municipalityId: null }))).toBe(false);
    expect(ability.can('create', asSubject('Goal', { regionId: utrecht, themeId: 't' }))).toBe(false);
  });
});
