import { Injectable } from '@nestjs/common';
import { NotFittingMunicipality, notFittingForTheme } from '@regie/api/local-fit';
import { milestoneState, PrefillAction, PrefillFollowUp, PrefillIndicator, PrefillMoney, ReportPrefill, trendOf, withChangesSince } from '@regie/domain';
import { EntityManager } from 'typeorm';

/**
 * One statement gathers everything the pre-fill needs for a theme as of a date: indicators with their latest
 * two regional values, actions with milestones, money and capacity, open follow-ups from earlier meetings, and
 * the previous cycle's frozen pre-fill (to say what changed). A hot screen: the statement count does not grow
 * with the data (pinned by a StatementCounter test).
 */
const PREFILL_SQL = `
WITH ranked AS (
  SELECT m.indicator_id, m.period, m.value::float8 AS value,
         row_number() OVER (PARTITION BY m.indicator_id ORDER BY m.period_end DESC, length(m.period)) AS rn
  FROM measurement m JOIN indicator i ON i.id = m.indicator_id JOIN goal g ON g.id = i.goal_id
  WHERE g.theme_id = $1 AND m.municipality_id IS NULL AND m.period_end <= $2
)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
      'indicatorId', i.id, 'goalTitle', g.title, 'name', i.name, 'unit', i.unit, 'direction', i.direction,
      'baseline', i.baseline_value::float8, 'target', i.target_value::float8,
      'latestPeriod', l.period, 'latestValue', l.value, 'previousPeriod', p.period, 'previousValue', p.value
    ) ORDER BY g.position, g.title, i.name), '[]')
   FROM indicator i JOIN goal g ON g.id = i.goal_id
   LEFT JOIN ranked l ON l.indicator_id = i.id AND l.rn = 1
   LEFT JOIN ranked p ON p.indicator_id = i.id AND p.rn = 2
   WHERE g.theme_id = $1) AS indicators,
  (SELECT coalesce(json_agg(json_build_object(
      'actionId', a.id, 'title', a.title, 'phase', a.phase, 'status', a.status,
      'milestones', (SELECT coalesce(json_agg(json_build_object('milestoneId', ms.id, 'title', ms.title, 'dueOn', ms.due_on, 'doneOn', ms.done_on)
                       ORDER BY ms.due_on, ms.title), '[]') FROM milestone ms WHERE ms.action_id = a.id)
    ) ORDER BY a.title), '[]')
   FROM action a WHERE a.theme_id = $1) AS actions,
  (SELECT json_build_object(
      'budgetCommitted', coalesce(sum(b.committed), 0)::float8,
      'budgetSpent', coalesce(sum(b.spent), 0)::float8)
   FROM budget_line b JOIN action a ON a.id = b.action_id
   WHERE a.theme_id = $1 AND b.year <= extract(year FROM $2::date)) AS budget,
  (SELECT json_build_object(
      'capacityHours', coalesce(sum(c.amount) FILTER (WHERE c.unit = 'HOURS'), 0)::float8,
      'capacityFte', coalesce(sum(c.amount) FILTER (WHERE c.unit = 'FTE'), 0)::float8)
   FROM capacity_commitment c JOIN action a ON a.id = c.action_id WHERE a.theme_id = $1) AS capacity,
  (SELECT coalesce(json_agg(json_build_object(
      'followUpId', f.id, 'kind', d.kind, 'text', d.text, 'ownerName', p.name, 'dueOn', f.due_on, 'meetingDate', cm.date
    ) ORDER BY f.due_on, d.text), '[]')
   FROM follow_up f JOIN decision d ON d.id = f.decision_id JOIN college_meeting cm ON cm.id = d.meeting_id
   LEFT JOIN person p ON p.id = f.owner_person_id
   WHERE f.theme_id = $1 AND cm.date < $3 AND (f.status = 'OPEN' OR f.closed_on > $2)) AS follow_ups,
  (SELECT v.prefill FROM progress_report_version v
   JOIN progress_report r ON r.id = v.report_id JOIN report_cycle c ON c.id = r.cycle_id
   JOIN college_meeting cm ON cm.id = c.meeting_id
   WHERE r.theme_id = $1 AND cm.date < $3
   ORDER BY cm.date DESC, v.edition DESC LIMIT 1) AS previous
`;

interface PrefillRow {
  indicators: Array<Omit<PrefillIndicator, 'trend'>>;
  actions: Array<Omit<PrefillAction, 'milestones'> & { milestones: Array<{ milestoneId: string; title: string; dueOn: string; doneOn: string | null }> }>;
  budget: Pick<PrefillMoney, 'budgetCommitted' | 'budgetSpent'>;
  capacity: Pick<PrefillMoney, 'capacityHours' | 'capacityFte'>;
  follow_ups: Array<Omit<PrefillFollowUp, 'overdue'>>;
  previous: ReportPrefill | null;
}

export interface PrefillScope {
  themeId: string;
  /** The College meeting the report is for; what happened before it counts as earlier. */
  meetingDate: string;
  /** The day the figures are read on: the meeting date, or today while the meeting is still ahead. */
  asOf: string;
}

/** Today, or the meeting date if that is earlier: a past cycle reads the figures as they were then. */
export function prefillScope(themeId: string, meetingDate: string | null, today: string): PrefillScope {
  const meeting = meetingDate ?? today;
  return { themeId, meetingDate: meeting, asOf: meeting < today ? meeting : today };
}

const asPrefill = (concern: NotFittingMunicipality) => ({
  municipalityName: concern.municipalityName,
  verdict: concern.verdict,
  reasons: [concern.reasonProblemSize, concern.reasonIvpMatch, concern.reasonCapacity].filter((reason): reason is string => Boolean(reason?.trim())),
  adaptationAsked: concern.adaptationAsked,
});

@Injectable()
export class ReportPrefillService {

  /** Computes the pre-fill inside the caller's transaction (or on its manager), in one statement. */
  async compute(manager: EntityManager, scope: PrefillScope): Promise<ReportPrefill> {
    const [row] = (await manager.query(PREFILL_SQL, [scope.themeId, scope.asOf, scope.meetingDate])) as PrefillRow[];
    const current: ReportPrefill = {
      asOf: scope.asOf,
      indicators: row.indicators.map((indicator) => ({ ...indicator, trend: trendOf(indicator.direction, indicator.previousValue, indicator.latestValue) })),
      actions: row.actions.map((action) => ({
        ...action,
        milestones: action.milestones.map((milestone) => ({ ...milestone, state: milestoneState(milestone.dueOn, milestone.doneOn, scope.asOf), movedFrom: null })),
      })),
      money: { ...row.budget, ...row.capacity },
      followUps: row.follow_ups.map((followUp) => ({ ...followUp, overdue: followUp.dueOn !== null && followUp.dueOn < scope.asOf })),
      notFittingMunicipalities: (await notFittingForTheme(manager, scope.themeId)).map(asPrefill),
      changes: [],
    };
    return withChangesSince(row.previous, current);
  }
}
