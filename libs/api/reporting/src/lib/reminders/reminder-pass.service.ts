import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, JobHandlers, NotificationRequest, NotificationsService } from '@regie/api/core';
import { addDays, deriveDeadlines } from '@regie/domain';
import { DataSource } from 'typeorm';
import { todayIso } from '../reporting-scope';
import { reminderMail, ReminderKind } from './reminder-mail';

/** A reminder goes out this many days before a deadline (and, if missed, still once for that deadline). */
export const REMINDER_LEAD_DAYS = 3;

export interface DueReminder {
  kind: ReminderKind;
  /** The report or follow-up the reminder is about. */
  subjectId: string;
  userId: string;
  userName: string;
  regionId: string;
  dueOn: string;
  themeName: string;
  /** The cycle label for report deadlines, the decision text for follow-ups. */
  detail: string;
}

interface OpenReportRow {
  report_id: string;
  region_id: string;
  theme_name: string;
  cycle_label: string;
  meeting_date: string;
  contribution_days: number;
  sign_off_days: number;
  bureau_check_days: number;
  papers_out_days: number;
  user_id: string;
  user_name: string;
  role: 'DRIVER' | 'CO_DRIVER';
  contributed: boolean;
}

/**
 * Reminders before each deadline of a cycle (co-drivers' contributions, the driver's sign-off) and for
 * follow-ups due: an in-app notification and an e-mail. Every reminder has a ledger key
 * `reminder:<kind>:<subject>:<user>:<due date>` written in the pass's transaction, so running the pass
 * again, on another instance or after a restart never reminds twice; a moved meeting moves the due date
 * and so earns a new reminder.
 */
@Injectable()
export class ReminderPassService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly handlers: JobHandlers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const minutes = this.config.REMINDER_INTERVAL_MINUTES;
    if (minutes <= 0) return;
    this.handlers.schedule({ name: 'reminders', everyMilliseconds: minutes * 60_000, run: async () => void (await this.run(todayIso())) });
  }

  /** Records what is due as of `today` and sends the mails; returns how many reminders were new. */
  async run(today: string): Promise<{ recorded: number; mailed: number }> {
    const due = await this.dueReminders(today);
    const recorded = await this.dataSource.transaction(async (manager) => {
      let count = 0;
      for (const reminder of due) if (await this.notifications.record(manager, this.requestFor(reminder))) count++;
      return count;
    });
    const mailed = await this.notifications.deliverPendingMail();
    if (recorded) this.logger.log(`${recorded} reminders recorded, ${mailed} mails sent.`);
    return { recorded, mailed };
  }

  /** Everything due within REMINDER_LEAD_DAYS of `today` (or overdue) and not done yet, in two statements. */
  async dueReminders(today: string): Promise<DueReminder[]> {
    const reports = (await this.dataSource.query(
      `SELECT r.id AS report_id, r.region_id, t.name AS theme_name, c.label AS cycle_label, m.date::text AS meeting_date,
              c.contribution_days, c.sign_off_days, c.bureau_check_days, c.papers_out_days,
              u.id AS user_id, u.name AS user_name, ra.role,
              EXISTS (SELECT 1 FROM report_contribution rc WHERE rc.report_id = r.id AND rc.organisation_id = ra.organisation_id) AS contributed
         FROM progress_report r
         JOIN theme t ON t.id = r.theme_id
         JOIN report_cycle c ON c.id = r.cycle_id
         JOIN college_meeting m ON m.id = c.meeting_id AND m.status = 'PLANNED'
         JOIN role_assignment ra ON ra.theme_id = r.theme_id AND ra.region_id = r.region_id AND ra.role IN ('DRIVER', 'CO_DRIVER')
         JOIN user_account u ON u.id = ra.user_id AND u.active
        WHERE r.status IN ('DRAFT', 'CONTRIBUTIONS')`,
    )) as OpenReportRow[];
    const horizon = addDays(today, REMINDER_LEAD_DAYS);
    const reminders: DueReminder[] = [];
    for (const row of reports) {
      const deadlines = deriveDeadlines(row.meeting_date, {
        contributionDays: row.contribution_days,
        signOffDays: row.sign_off_days,
        bureauCheckDays: row.bureau_check_days,
        papersOutDays: row.papers_out_days,
      });
      const base = { subjectId: row.report_id, userId: row.user_id, userName: row.user_name, regionId: row.region_id, themeName: row.theme_name, detail: row.cycle_label };
      if (row.role === 'CO_DRIVER' && !row.contributed && deadlines.contributionsDue <= horizon) reminders.push({ ...base, kind: 'CONTRIBUTION', dueOn: deadlines.contributionsDue });
      if (row.role === 'DRIVER' && deadlines.signOffDue <= horizon) reminders.push({ ...base, kind: 'SIGN_OFF', dueOn: deadlines.signOffDue });
    }
    const followUps = (await this.dataSource.query(
      `SELECT f.id, f.region_id, f.due_on::text AS due_on, d.text, coalesce(t.name, '') AS theme_name, u.id AS user_id, u.name AS user_name
         FROM follow_up f
         JOIN decision d ON d.id = f.decision_id
         JOIN user_account u ON u.person_id = f.owner_person_id AND u.active
         LEFT JOIN theme t ON t.id = f.theme_id
        WHERE f.status = 'OPEN' AND f.due_on <= $1::date`,
      [horizon],
    )) as { id: string; region_id: string; due_on: string; text: string; theme_name: string; user_id: string; user_name: string }[];
    for (const row of followUps) {
      reminders.push({ kind: 'FOLLOW_UP', subjectId: row.id, userId: row.user_id, userName: row.user_name, regionId: row.region_id, dueOn: row.due_on, themeName: row.theme_name, detail: row.text });
    }
    return reminders;
  }

  private requestFor(reminder: DueReminder): NotificationRequest {
    const link = reminder.kind === 'FOLLOW_UP' ? '/taken' : `/rapportages/${reminder.subjectId}`;
    return {
      userId: reminder.userId,
      regionId: reminder.regionId,
      dedupeKey: reminderKey(reminder),
      messageKey: `notifications.kind.${reminder.kind}`,
      params: { theme: reminder.themeName, due: reminder.dueOn, detail: reminder.detail },
      link,
      mail: reminderMail(reminder, `${this.config.PUBLIC_URL.replace(/\/$/, '')}${link}`),
    };
  }
}

export function reminderKey(reminder: Pick<DueReminder, 'kind' | 'subjectId' | 'userId' | 'dueOn'>): string {
  return `reminder:${reminder.kind.toLowerCase()}:${reminder.subjectId}:${reminder.userId}:${reminder.dueOn}`;
}
