import { asSubject, defineAbilityFor } from './policy';
import { Principal, Role } from './roles';

const utrecht = 'region-utrecht';
const as = (role: Role, userId = 'u1'): Principal => ({ userId, grants: [{ role, regionId: role === 'ADMIN' ? null : utrecht }] });

describe('background jobs and notifications in the policy', () => {
  it.each<Role>(['BUREAU', 'DRIVER', 'CO_DRIVER', 'MUNICIPALITY', 'COLLEGE', 'VIEWER'])('lets a %s read their own jobs and notifications, and mark them read', (role) => {
    const ability = defineAbilityFor(as(role));
    expect(ability.can('read', asSubject('BackgroundJob', { regionId: utrecht, userId: 'u1' }))).toBe(true);
    expect(ability.can('read', asSubject('Notification', { regionId: utrecht, userId: 'u1' }))).toBe(true);
    expect(ability.can('update', asSubject('Notification', { regionId: utrecht, userId: 'u1' }))).toBe(true);
  });

  it.each<Role>(['BUREAU', 'DRIVER', 'CO_DRIVER', 'MUNICIPALITY', 'COLLEGE', 'VIEWER'])('keeps a %s out of someone else’s, even in the same region', (role) => {
    const ability = defineAbilityFor(as(role));
    expect(ability.can('read', asSubject('BackgroundJob', { regionId: utrecht, userId: 'u2' }))).toBe(false);
    expect(ability.can('read', asSubject('Notification', { regionId: utrecht, userId: 'u2' }))).toBe(false);
    expect(ability.can('update', asSubject('Notification', { regionId: utrecht, userId: 'u2' }))).toBe(false);
  });

  it('gives nobody a job or notification without a session, and ADMIN every one', () => {
    expect(defineAbilityFor(null).can('read', asSubject('BackgroundJob', { userId: 'u1' }))).toBe(false);
    expect(defineAbilityFor(as('ADMIN', 'admin')).can('read', asSubject('BackgroundJob', { userId: 'u1' }))).toBe(true);
  });
});
