import { APP_CONFIG, AuditService, JobHandlers, MailService, NotificationsService } from '@regie/api/core';
import { ReminderPassService } from '@regie/api/reporting';
import { startTestApp, TestApp } from '../support/test-app';

const MINE = `query { myNotifications { unreadCount items { messageKey link params { name value } } } }`;
type Mine = { myNotifications: { unreadCount: number; items: { messageKey: string; link: string; params: { name: string; value: string }[] }[] } };
const today = () => new Date().toISOString().slice(0, 10);

describe('reminders before the deadlines of a cycle and for follow-ups', () => {
  let app: TestApp;
  let mail: MailService;
  let first: { recorded: number; mailed: number };

  beforeAll(async () => {
    app = await startTestApp();
    mail = app.nest.get(MailService);
    first = await app.nest.get(ReminderPassService).run(today());
  });
  afterAll(() => app.close());

  const mailsTo = (email: string) => mail.logged.filter((sent) => sent.to === email);

  it('reminds the driver of the overdue sign-off and the co-driver of the missing contribution, in app and by mail', async () => {
    expect(first.recorded).toBeGreaterThan(0);
    expect(first.mailed).toBe(first.recorded);
    const signOffs = mail.logged.filter((sent) => /^Herinnering: rapportage .+ aftekenen/.test(sent.subject));
    expect(signOffs.length).toBeGreaterThan(0);
    expect(signOffs[0].text).toMatch(/^Beste .+,\n\nU tekent als driver de voortgangsrapportage .+ uiterlijk \d+ \w+ \d{4} af\.\n\nIn Regie: http:\/\/.+\/rapportages\/[0-9a-f-]{36}\n/);
    expect(mail.logged.some((sent) => sent.subject.startsWith('Herinnering: uw bijdrage'))).toBe(true);
    expect(mail.logged.some((sent) => sent.subject.startsWith('Herinnering: afspraak van het Regionaal College'))).toBe(true);

    const [{ email: driverEmail }] = await app.dataSource.query(
      `SELECT u.email FROM notification n JOIN user_account u ON u.id = n.user_id WHERE n.message_key = 'notifications.kind.SIGN_OFF' LIMIT 1`,
    );
    const driver = await app.as(driverEmail);
    const mine = (await driver.request<Mine>(MINE)).data?.myNotifications;
    expect(mine?.unreadCount).toBeGreaterThan(0);
    expect(mine?.items.find((item) => item.messageKey === 'notifications.kind.SIGN_OFF')).toMatchObject({ link: expect.stringMatching(/^\/rapportages\//) });
    expect(mailsTo(driverEmail).length).toBe(mine?.items.length);
  });

  it('never reminds twice: not when the pass runs again, nor after a restart', async () => {
    const sentBefore = mail.logged.length;
    expect(await app.nest.get(ReminderPassService).run(today())).toEqual({ recorded: 0, mailed: 0 });

    // A restarted process: new services with empty memory on the same database.
    const restartedMail = new MailService(app.nest.get(APP_CONFIG));
    const restartedNotifications = new NotificationsService(app.dataSource, restartedMail, app.nest.get(AuditService));
    const restarted = new ReminderPassService(app.dataSource, restartedNotifications, new JobHandlers(), app.nest.get(APP_CONFIG));
    expect(await restarted.run(today())).toEqual({ recorded: 0, mailed: 0 });
    expect(restartedMail.logged).toEqual([]);
    expect(mail.logged.length).toBe(sentBefore);

    const [{ keys, distinct }] = await app.dataSource.query(`SELECT count(*)::int AS keys, count(DISTINCT dedupe_key)::int AS distinct FROM notification`);
    expect(keys).toBe(first.recorded);
    expect(distinct).toBe(first.recorded);
  });

  it('reminds again when the meeting moves, because the deadlines move with it', async () => {
    await app.dataSource.query(`UPDATE college_meeting SET date = date + 1 WHERE status = 'PLANNED'`);
    const moved = await app.nest.get(ReminderPassService).run(today());
    expect(moved.recorded).toBeGreaterThan(0);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM notification WHERE message_key <> 'notifications.kind.FOLLOW_UP'`);
    expect(count).toBeGreaterThan(0);
  });

  it('leaves out what is done: no contribution reminder to an organisation that contributed', async () => {
    const reminders = await app.nest.get(ReminderPassService).dueReminders(today());
    const contributed: { report_id: string; user_id: string }[] = await app.dataSource.query(
      `SELECT rc.report_id, ra.user_id FROM report_contribution rc JOIN progress_report r ON r.id = rc.report_id
         JOIN role_assignment ra ON ra.role = 'CO_DRIVER' AND ra.theme_id = r.theme_id AND ra.organisation_id = rc.organisation_id
        WHERE r.status IN ('DRAFT', 'CONTRIBUTIONS')`,
    );
    expect(contributed.length).toBeGreaterThan(0);
    const remindedPairs = reminders.filter((reminder) => reminder.kind === 'CONTRIBUTION').map((reminder) => `${reminder.subjectId}:${reminder.userId}`);
    expect(remindedPairs).not.toEqual(expect.arrayContaining([`${contributed[0].report_id}:${contributed[0].user_id}`]));
    expect(remindedPairs.length).toBeGreaterThan(0);
  });
});
