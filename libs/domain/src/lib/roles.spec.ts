import { grantScopeProblem } from './roles';

describe('grantScopeProblem', () => {
  it('requires a theme for drivers and co-drivers', () => {
    expect(grantScopeProblem({ role: 'DRIVER', regionId: 'r' })).toBe('role.themeRequired');
    expect(grantScopeProblem({ role: 'CO_DRIVER', regionId: 'r', themeId: 't' })).toBeNull();
  });
  it('requires a municipality for municipality officials', () => {
    expect(grantScopeProblem({ role: 'MUNICIPALITY', regionId: 'r' })).toBe('role.municipalityRequired');
  });
  it('requires a region for every role but ADMIN', () => {
    expect(grantScopeProblem({ role: 'VIEWER', regionId: null })).toBe('role.regionRequired');
    expect(grantScopeProblem({ role: 'ADMIN', regionId: null })).toBeNull();
  });
  it('requires an organisation for partners and refuses scope a role does not take', () => {
    expect(grantScopeProblem({ role: 'PARTNER', regionId: 'r' })).toBe('role.organisationRequired');
    expect(grantScopeProblem({ role: 'PARTNER', regionId: 'r', organisationId: 'o' })).toBeNull();
    expect(grantScopeProblem({ role: 'VIEWER', regionId: 'r', themeId: 't' })).toBe('role.scopeNotAllowed');
    expect(grantScopeProblem({ role: 'CO_DRIVER', regionId: 'r', themeId: 't', organisationId: 'o' })).toBeNull();
  });
});
