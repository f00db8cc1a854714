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

describe('local-fit policy', () => {
  const region = 'r1';
  const ability = (grant: RoleGrant) => defineAbilityFor({ userId: 'u', grants: [grant] });
  const own = { regionId: region, municipalityId: 'm1', themeId: 't1' };
  const other = { regionId: region, municipalityId: 'm2', themeId: 't1' };

  it('lets a municipality official record fit, participation, IVP and adoption for the own municipality only', () => {
    const official = ability({ role: 'MUNICIPALITY', regionId: region, municipalityId: 'm1' });
    for (const subject of ['LocalFitAssessment', 'Participation', 'Ivp', 'PracticeAdoption'] as const) {
      expect(official.can('create', asSubject(subject, own))).toBe(true);
      expect(official.can('update', asSubject(subject, other))).toBe(false);
    }
    expect(official.can('create', asSubject('GoodPractice', { regionId: region }))).toBe(false);
    expect(official.can('create', asSubject('LocalFitComment', own))).toBe(false);
    expect(official.can('read', asSubject('OverlapSignal', { regionId: region }))).toBe(false);
  });

  it('lets drivers and co-drivers comment on their own theme only, and not draft assessments', () => {
    const driver = ability({ role: 'DRIVER', regionId: region, themeId: 't1' });
    expect(driver.can('create', asSubject('LocalFitComment', { regionId: region, themeId: 't1' }))).toBe(true);
    expect(driver.can('create', asSubject('LocalFitComment', { regionId: region, themeId: 't2' }))).toBe(false);
    expect(driver.can('update', asSubject('LocalFitAssessment', own))).toBe(false);
    expect(driver.can('read', asSubject('LocalFitAssessment', own))).toBe(true);
    expect(driver.can('update', asSubject('OverlapSignal', { regionId: region }))).toBe(false);
  });

  it('lets the bureau manage the practice library, comment and see overlap signals, within its region', () => {
    const bureau = ability({ role: 'BUREAU', regionId: region });
    expect(bureau.can('create', asSubject('GoodPractice', { regionId: region }))).toBe(true);
    expect(bureau.can('create', asSubject('GoodPractice', { regionId: 'r2' }))).toBe(false);
    expect(bureau.can('read', asSubject('OverlapSignal', { regionId: region }))).toBe(true);
    expect(bureau.can('update', asSubject('OverlapSignal', { regionId: region }))).toBe(true);
    expect(bureau.can('update', asSubject('OverlapSignal', { regionId: 'r2' }))).toBe(false);
    expect(bureau.can('create', asSubject('LocalFitComment', own))).toBe(true);
    expect(bureau.can('update', asSubject('LocalFitAssessment', own))).toBe(false);
  });

  it('lets college and viewers read but not write', () => {
    const viewer = ability({ role: 'VIEWER', regionId: region });
    expect(viewer.can('read', asSubject('LocalFitAssessment', own))).toBe(true);
    expect(viewer.can('create', asSubject('LocalFitComment', own))).toBe(false);
  });
});
