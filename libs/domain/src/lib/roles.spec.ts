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
});
