import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkPlanQuality, PlanQualityFinding, todayIso } from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { ActionEntity, ActionGoalEntity } from '../actions/action.entity';
import { GoalEntity } from '../goals/goal.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { ThemeMandateEntity } from '../mandates/theme-mandate.entity';
import { inForce } from '../mandates/mandates.service';

export interface TitledFinding extends PlanQualityFinding {
  subjectTitle: string;
}

/** Loads a snapshot of some themes in a fixed number of statements and runs the domain's checks on it. */
@Injectable()
export class PlanQualityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forThemes(themes: ReadonlyArray<{ id: string; name: string }>): Promise<TitledFinding[]> {
    if (themes.length === 0) return [];
    const themeIds = themes.map((theme) => theme.id);
    const today = todayIso();
    const [mandates, goals, actions] = await Promise.all([
      this.dataSource.getRepository(ThemeMandateEntity).findBy({ themeId: In(themeIds) }),
      this.dataSource.getRepository(GoalEntity).findBy({ themeId: In(themeIds) }),
      this.dataSource.getRepository(ActionEntity).findBy({ themeId: In(themeIds) }),
    ]);
    const goalIds = goals.map((goal) => goal.id);
    const actionIds = actions.map((action) => action.id);
    const [indicators, links, counts] = await Promise.all([
      goalIds.length ? this.dataSource.getRepository(IndicatorEntity).findBy({ goalId: In(goalIds) }) : [],
      actionIds.length ? this.dataSource.getRepository(ActionGoalEntity).findBy({ actionId: In(actionIds) }) : [],
      this.partCounts(actionIds),
    ]);
    const current = mandates.filter((mandate) => inForce(mandate, today));
    const findings = checkPlanQuality({
      themes: themes.map((theme) => ({ id: theme.id, mandates: current.filter((mandate) => mandate.themeId === theme.id) })),
      goals,
      indicators: indicators.map((indicator) => ({ ...indicator, baselineValue: indicator.baseline, targetValue: indicator.target })),
      actions: actions.map((action) => ({
        ...action,
        goalIds: links.filter((link) => link.actionId === action.id).map((link) => link.goalId),
        ...(counts.get(action.id) ?? { milestoneCount: 0, capacityCount: 0, budgetLineCount: 0 }),
      })),
    });
    const titles = new Map<string, string>([
      ...themes.map((theme) => [theme.id, theme.name] as const),
      ...current.map((mandate) => [mandate.id, mandate.role] as const),
      ...goals.map((goal) => [goal.id, goal.title] as const),
      ...indicators.map((indicator) => [indicator.id, indicator.name] as const),
      ...actions.map((action) => [action.id, action.title] as const),
    ]);
    return findings.map((finding) => ({ ...finding, subjectTitle: titles.get(finding.subjectId) ?? '' }));
  }

  private async partCounts(actionIds: string[]): Promise<Map<string, { milestoneCount: number; capacityCount: number; budgetLineCount: number }>> {
    if (actionIds.length === 0) return new Map();
    const rows: Array<{ action_id: string; milestones: number; capacity: number; budget: number }> = await this.dataSource.query(
      `SELECT a.id AS action_id,
              (SELECT count(*)::int FROM milestone m WHERE m.action_id = a.id) AS milestones,
              (SELECT count(*)::int FROM capacity_commitment c WHERE c.action_id = a.id) AS capacity,
              (SELECT count(*)::int FROM budget_line b WHERE b.action_id = a.id) AS budget
         FROM action a WHERE a.id = ANY($1)`,
      [actionIds],
    );
    return new Map(rows.map((row) => [row.action_id, { milestoneCount: row.milestones, capacityCount: row.capacity, budgetLineCount: row.budget }]));
  }
}
