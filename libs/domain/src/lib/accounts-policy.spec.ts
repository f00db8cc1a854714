import { asSubject, BUREAU_GRANTABLE_ROLES, defineAbilityFor } from './policy';
import { Principal, Role, ROLES } from './roles';

const utrecht = 'region-utrecht';
const gelderland = 'region-gelderland';
const bureau: Principal = { userId: 'b', grants: [{ role: 'BUREAU', regionId: utrecht }] };

describe('accounts and grants in the policy', () => {
  it.each(BUREAU_GRANTABLE_ROLES)('lets the bureau grant and revoke %s in its own region only', (role) => {
    const ability = defineAbilityFor(bureau);
    expect(ability.can('create', asSubject('RoleAssignment', { regionId: utrecht, role }))).toBe(true);
    expect(ability.can('delete', asSubject('RoleAssignment', { regionId: utrecht, role }))).toBe(true);
    expect(ability.can('create', asSubject('RoleAssignment', { regionId: gelderland, role }))).toBe(false);
  });

  it.each<Role>(['ADMIN', 'BUREAU'])('never lets the bureau grant or revoke %s', (role) => {
    const ability = defineAbilityFor(bureau);
    expect(ability.can('create', asSubject('RoleAssignment', { regionId: utrecht, role }))).toBe(false);
    expect(ability.can('delete', asSubject('RoleAssignment', { regionId: utrecht, role }))).toBe(false);
  });

  it('lets the bureau invite and (de)activate accounts of its own region only', () => {
    const ability = defineAbilityFor(bureau);
    expect(ability.can('create', asSubject('UserAccount', { regionId: utrecht }))).toBe(true);
    expect(ability.can('update', asSubject('UserAccount', { regionId: utrecht }))).toBe(true);
    expect(ability.can('update', asSubject('UserAccount', { regionId: gelderland }))).toBe(false);
  });

  it.each<Role>(['DRIVER', 'CO_DRIVER', 'MUNICIPALITY', 'COLLEGE', 'VIEWER', 'PARTNER'])('gives a %s no say over accounts or grants', (role) => {
    const ability = defineAbilityFor({ userId: 'x', grants: [{ role, regionId: utrecht, themeId: 't', municipalityId: 'm', organisationId: 'o' }] });
    expect(ability.can('read', asSubject('UserAccount', { regionId: utrecht }))).toBe(false);
    expect(ability.can('create', asSubject('UserAccount', { regionId: utrecht }))).toBe(false);
    expect(ability.can('create', asSubject('RoleAssignment', { regionId: utrecht, role: 'VIEWER' }))).toBe(false);
  });

  it.each(ROLES)('lets a global admin grant %s anywhere', (role) => {
    const ability = defineAbilityFor({ userId: 'a', grants: [{ role: 'ADMIN', regionId: null }] });
    expect(ability.can('create', asSubject('RoleAssignment', { regionId: gelderland, role }))).toBe(true);
  });
});
