import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEditable, ReportStatus } from '@regie/domain';
import { DataSource } from 'typeorm';
import { todayIso } from '../reporting-scope';
import { CycleReportState } from '../tasks/task.model';
import { cycleDeadlines } from './cycles.service';
import { ReportCycleEntity } from './report-cycle.entity';

interface StateRow {
  report_id: string;
  theme_id: string;
  theme_name: string;
  status: ReportStatus;
  co_driver_organisations: Array<{ id: string; name: string }>;
  contributed: string[];
  drivers: string[];
}

/**
 * The bureau's view of a cycle in one statement: per theme the report's state, which co-driver organisations
 * have not contributed, and which steps are past their deadline and who owes them.
 */
@Injectable()
export class CycleDashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async statesOf(cycle: ReportCycleEntity, meetingDate: string | null): Promise<CycleReportState[]> {
    const today = todayIso();
    const rows = (await this.dataSource.query(
      `SELECT r.id AS report_id, r.theme_id, t.name AS theme_name, r.status,
              (SELECT coalesce(json_agg(DISTINCT jsonb_build_object('id', o.id, 'name', o.name)), '[]')
                 FROM theme_mandate tm JOIN person p ON p.id = tm.person_id JOIN organisation o ON o.id = p.organisation_id
                WHERE tm.theme_id = r.theme_id AND tm.role = 'CO_DRIVER' AND tm.starts_on <= $2 AND (tm.ends_on IS NULL OR tm.ends_on >= $2)) AS co_driver_organisations,
              (SELECT coalesce(array_agg(rc.organisation_id), '{}') FROM report_contribution rc WHERE rc.report_id = r.id) AS contributed,
              (SELECT coalesce(array_agg(p.name ORDER BY p.name), '{}')
                 FROM theme_mandate tm JOIN person p ON p.id = tm.person_id
                WHERE tm.theme_id = r.theme_id AND tm.role = 'DRIVER' AND tm.starts_on <= $2 AND (tm.ends_on IS NULL OR tm.ends_on >= $2)) AS drivers
       FROM progress_report r JOIN theme t ON t.id = r.theme_id
       WHERE r.cycle_id = $1
       ORDER BY t.position`,
      [cycle.id, today],
    )) as StateRow[];
    const deadlines = cycleDeadlines(cycle, meetingDate);
    return rows.map((row) => {
      const missing = row.co_driver_organisations.filter((organisation) => !row.contributed.includes(organisation.id)).map((organisation) => organisation.name).sort();
      const lateSteps: string[] = [];
      const lateParties: string[] = [];
      if (deadlines && isEditable(row.status)) {
        if (missing.length && deadlines.contributionsDue < today) {
          lateSteps.push('CONTRIBUTIONS');
          lateParties.push(...missing);
        }
        if (deadlines.signOffDue < today) {
          lateSteps.push('SIGN_OFF');
          lateParties.push(...row.drivers);
        }
      }
      if (deadlines && row.status === 'SIGNED_OFF' && deadlines.bureauCheckDue < today) lateSteps.push('SUBMISSION');
      return { reportId: row.report_id, themeId: row.theme_id, themeName: row.theme_name, status: row.status, missingContributions: isEditable(row.status) ? missing : [], lateSteps, lateParties };
    });
  }
}
