import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, UnauthenticatedError } from '@regie/api/core';
import { deriveDeadlines, isOverdue, orderTasks, TaskKind } from '@regie/domain';
import { DataSource } from 'typeorm';
import { todayIso } from '../reporting-scope';
import { MyTask } from './task.model';

interface OpenReportRow {
  report_id: string;
  theme_id: string;
  region_id: string;
  status: string;
  theme_name: string;
  cycle_label: string;
  meeting_date: string | null;
  contribution_days: number;
  sign_off_days: number;
  bureau_check_days: number;
  papers_out_days: number;
  contributed: string[];
}

interface FollowUpRow {
  id: string;
  version: number;
  due_on: string;
  text: string;
  theme_name: string | null;
}

/**
 * "Mijn taken": from the user's role assignments (theme, organisation, region) and linked person. Two
 * statements whatever the number of reports: open reports in the user's regions, and the person's follow-ups.
 */
@Injectable()
export class MyTasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(actor: Actor): Promise<MyTask[]> {
    const principal = actor.principal;
    if (!principal) throw new UnauthenticatedError();
    const regionIds = [...new Set(principal.grants.map((grant) => grant.regionId).filter((id): id is string => Boolean(id)))];
    const today = todayIso();
    const reports = regionIds.length
      ? ((await this.dataSource.query(
          `SELECT r.id AS report_id, r.theme_id, r.region_id, r.status, t.name AS theme_name, c.label AS cycle_label, m.date::text AS meeting_date,
                  c.contribution_days, c.sign_off_days, c.bureau_check_days, c.papers_out_days,
                  coalesce(array_agg(rc.organisation_id) FILTER (WHERE rc.id IS NOT NULL), '{}') AS contributed
           FROM progress_report r
           JOIN theme t ON t.id = r.theme_id
           JOIN report_cycle c ON c.id = r.cycle_id
           LEFT JOIN college_meeting m ON m.id = c.meeting_id
           LEFT JOIN report_contribution rc ON rc.report_id = r.id
           WHERE r.region_id = ANY($1) AND r.status IN ('DRAFT','CONTRIBUTIONS','SIGNED_OFF')
           GROUP BY r.id, t.name, c.id, m.date`,
          [regionIds],
        )) as OpenReportRow[])
      : [];
    const tasks: MyTask[] = [];
    const add = (kind: TaskKind, row: OpenReportRow, dueOn: string | null) =>
      tasks.push({ kind, dueOn, overdue: isOverdue({ kind, dueOn }, today), title: row.theme_name, themeName: row.theme_name, cycleLabel: row.cycle_label, reportId: row.report_id, followUpId: null, followUpVersion: null });
    for (const row of reports) {
      const deadlines = row.meeting_date
        ? deriveDeadlines(row.meeting_date, { contributionDays: row.contribution_days, signOffDays: row.sign_off_days, bureauCheckDays: row.bureau_check_days, papersOutDays: row.papers_out_days })
        : null;
      const open = row.status === 'DRAFT' || row.status === 'CONTRIBUTIONS';
      for (const grant of principal.grants) {
        if (grant.regionId !== row.region_id) continue;
        if (open && grant.role === 'CO_DRIVER' && grant.themeId === row.theme_id && grant.organisationId && !row.contributed.includes(grant.organisationId)) {
          add('CONTRIBUTION', row, deadlines?.contributionsDue ?? null);
        }
        if (open && grant.role === 'DRIVER' && grant.themeId === row.theme_id) add('SIGN_OFF', row, deadlines?.signOffDue ?? null);
        if (row.status === 'SIGNED_OFF' && grant.role === 'BUREAU') add('SUBMISSION', row, deadlines?.bureauCheckDue ?? null);
      }
    }
    if (principal.personId) {
      const followUps = (await this.dataSource.query(
        `SELECT f.id, f.version, f.due_on::text AS due_on, d.text, t.name AS theme_name
         FROM follow_up f JOIN decision d ON d.id = f.decision_id LEFT JOIN theme t ON t.id = f.theme_id
         WHERE f.owner_person_id = $1 AND f.status = 'OPEN'`,
        [principal.personId],
      )) as FollowUpRow[];
      for (const row of followUps) {
        tasks.push({ kind: 'FOLLOW_UP', dueOn: row.due_on, overdue: row.due_on < today, title: row.text, themeName: row.theme_name, cycleLabel: null, reportId: null, followUpId: row.id, followUpVersion: row.version });
      }
    }
    return orderTasks(tasks, today);
  }
}
