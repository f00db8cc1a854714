import { APP_CONFIG, AuditService, MailService, NotificationsService } from '@regie/api/core';
import { codes } from '@regie/api/testing';
import { auditCount } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const MINE = `query { myNotifications { unreadCount items { id messageKey params { name value } link read version } } }`;
const MARK_READ = `mutation ($id: ID!, $version: Int!) { markNotificationRead(id: $id, version: $version) { id read version } }`;
type Mine = { myNotifications: { unreadCount: number; items: { id: string; messageKey: string; params: { name: string; value: string }[]; link: string; read: boolean; version: number }[] } };

describe('notifications and their mail ledger', () => {
  let app: TestApp;
  let notifications: NotificationsService;
  let mail: MailService;
  let driverId: string;

  beforeAll(async () => {
    app = await startTestApp();
    notifications = app.nest.get(NotificationsService);
    mail = app.nest.get(MailService);
    [{ id: driverId }] = await app.dataSource.query(`SELECT id FROM user_account WHERE email = 'driver.overlast@regie.example'`);
  });
  afterAll(() => app.close());

  const reminder = (key: string) => ({
    userId: driverId,
    regionId: null,
    dedupeKey: key,
    messageKey: 'notifications.kind.signOffDue',
    params: { theme: 'Overlast en verloedering', due: '2010-05-01' },
    link: '/rapportages/1',
    mail: { subject: 'Herinnering: aftekenen', text: 'Graag aftekenen vóór 1 mei 2010.' },
  });
  const record = (key: string) => app.dataSource.transaction((manager) => notifications.record(manager, reminder(key)));
  const mailsTo = (subject: string) => mail.logged.filter((sent) => sent.to === 'driver.overlast@regie.example' && sent.subject === subject);

  it('records a dedupe key once, however often the decision is taken', async () => {
    expect(await record('reminder:sign-off:r1:u1:2010-05-01')).toBe(true);
    expect(await record('reminder:sign-off:r1:u1:2010-05-01')).toBe(false);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM notification WHERE dedupe_key = 'reminder:sign-off:r1:u1:2010-05-01'`);
    expect(count).toBe(1);
  });

  it('sends each mail once, also when delivery runs again or after a restart', async () => {
    await record('reminder:sign-off:r2:u1:2010-05-01');
    await notifications.deliverPendingMail();
    await notifications.deliverPendingMail();
    // A restarted process: new services, empty memory, same database.
    const restartedMail = new MailService(app.nest.get(APP_CONFIG));
    const restarted = new NotificationsService(app.dataSource, restartedMail, app.nest.get(AuditService));
    expect(await restarted.deliverPendingMail()).toBe(0);
    expect(restartedMail.logged).toEqual([]);
    expect(mailsTo('Herinnering: aftekenen')).toHaveLength(2);
    const statuses = await app.dataSource.query(`SELECT mail_status FROM notification ORDER BY created_at`);
    expect(statuses).toEqual([{ mail_status: 'SENT' }, { mail_status: 'SENT' }]);
  });

  it('never resends a mail whose sending was interrupted', async () => {
    await record('reminder:sign-off:r3:u1:2010-05-01');
    await app.dataSource.query(`UPDATE notification SET mail_status = 'SENDING' WHERE dedupe_key = 'reminder:sign-off:r3:u1:2010-05-01'`);
    expect(await notifications.deliverPendingMail()).toBe(0);
  });

  it('lists the user’s own notifications, unread first counted, and marks one read', async () => {
    const driver = await app.as('driver.overlast@regie.example');
    const before = await driver.request<Mine>(MINE);
    expect(before.data?.myNotifications.unreadCount).toBe(3);
    const first = before.data?.myNotifications.items[0];
    expect(first).toMatchObject({ messageKey: 'notifications.kind.signOffDue', link: '/rapportages/1', read: false, version: 1 });
    expect(first?.params).toEqual([
      { name: 'due', value: '2010-05-01' },
      { name: 'theme', value: 'Overlast en verloedering' },
    ]);

    const viewer = await app.as('viewer@regie.example');
    expect((await viewer.request<Mine>(MINE)).data?.myNotifications).toEqual({ unreadCount: 0, items: [] });
    expect(codes(await viewer.request(MARK_READ, { id: first?.id, version: 1 }))).toEqual(['FORBIDDEN']);
    expect(codes(await driver.request(MARK_READ, { id: first?.id, version: 7 }))).toEqual(['CONFLICT']);

    const marked = await driver.request(MARK_READ, { id: first?.id, version: 1 });
    expect(marked.data).toEqual({ markNotificationRead: { id: first?.id, read: true, version: 2 } });
    expect((await driver.request<Mine>(MINE)).data?.myNotifications.unreadCount).toBe(2);
    expect(await auditCount(app.dataSource, 'notification.update')).toBe(1);
  });
});
