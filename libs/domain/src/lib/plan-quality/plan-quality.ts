/**
 * Plan-quality checks: the gaps the 2008 interim evaluation and AEF found (unclear mandates, goals that
 * cannot be measured, actions without owner, execution plan, capacity or money, actions not based on
 * analysis), computed from a snapshot of one strategy. Each finding names what to fix.
 */
export const PLAN_QUALITY_CHECKS = [
  'THEME_WITHOUT_DRIVER',
  'MANDATE_WITHOUT_TASKS',
  'GOAL_WITHOUT_MEASURABLE_INDICATOR',
  'INDICATOR_WITHOUT_BASELINE',
  'INDICATOR_WITHOUT_TARGET',
  'GOAL_WITHOUT_ACTION',
  'ACTION_WITHOUT_OWNER',
  'ACTION_WITHOUT_MILESTONES',
  'ACTION_WITHOUT_CAPACITY',
  'ACTION_WITHOUT_BUDGET',
  'ACTION_WITHOUT_ANALYSIS',
] as const;
export type PlanQualityCheck = (typeof PLAN_QUALITY_CHECKS)[number];

export type PlanSubjectType = 'Theme' | 'ThemeMandate' | 'Goal' | 'Indicator' | 'Action';

export interface PlanQualityFinding {
  check: PlanQualityCheck;
  subjectType: PlanSubjectType;
  subjectId: string;
  themeId: string;
}

export interface PlanSnapshot {
  themes: Array<{ id: string; mandates: Array<{ id: string; role: 'DRIVER' | 'CO_DRIVER'; tasks: string | null }> }>;
  goals: Array<{ id: string; themeId: string }>;
  indicators: Array<{ id: string; goalId: string; definition: string | null; unit: string | null; baselineValue: number | null; targetValue: number | null; targetDeadline: string | null }>;
  actions: Array<{
    id: string;
    themeId: string;
    goalIds: string[];
    ownerOrganisationId: string | null;
    analysis: string | null;
    milestoneCount: number;
    capacityCount: number;
    budgetLineCount: number;
  }>;
}

const blank = (text: string | null) => !text || text.trim() === '';

export function checkPlanQuality(plan: PlanSnapshot): PlanQualityFinding[] {
  const findings: PlanQualityFinding[] = [];
  const add = (check: PlanQualityCheck, subjectType: PlanSubjectType, subjectId: string, themeId: string) =>
    findings.push({ check, subjectType, subjectId, themeId });

  for (const theme of plan.themes) {
    if (!theme.mandates.some((mandate) => mandate.role === 'DRIVER')) add('THEME_WITHOUT_DRIVER', 'Theme', theme.id, theme.id);
    for (const mandate of theme.mandates) if (blank(mandate.tasks)) add('MANDATE_WITHOUT_TASKS', 'ThemeMandate', mandate.id, theme.id);
  }

  const themeOfGoal = new Map(plan.goals.map((goal) => [goal.id, goal.themeId]));
  for (const goal of plan.goals) {
    const indicators = plan.indicators.filter((indicator) => indicator.goalId === goal.id);
    if (!indicators.some((indicator) => !blank(indicator.definition) && !blank(indicator.unit))) {
      add('GOAL_WITHOUT_MEASURABLE_INDICATOR', 'Goal', goal.id, goal.themeId);
    }
    if (!plan.actions.some((action) => action.goalIds.includes(goal.id))) add('GOAL_WITHOUT_ACTION', 'Goal', goal.id, goal.themeId);
  }
  for (const indicator of plan.indicators) {
    const themeId = themeOfGoal.get(indicator.goalId) ?? '';
    if (indicator.baselineValue === null) add('INDICATOR_WITHOUT_BASELINE', 'Indicator', indicator.id, themeId);
    if (indicator.targetValue === null || indicator.targetDeadline === null) add('INDICATOR_WITHOUT_TARGET', 'Indicator', indicator.id, themeId);
  }
  for (const action of plan.actions) {
    if (!action.ownerOrganisationId) add('ACTION_WITHOUT_OWNER', 'Action', action.id, action.themeId);
    if (action.milestoneCount === 0) add('ACTION_WITHOUT_MILESTONES', 'Action', action.id, action.themeId);
    if (action.capacityCount === 0) add('ACTION_WITHOUT_CAPACITY', 'Action', action.id, action.themeId);
    if (action.budgetLineCount === 0) add('ACTION_WITHOUT_BUDGET', 'Action', action.id, action.themeId);
    if (blank(action.analysis)) add('ACTION_WITHOUT_ANALYSIS', 'Action', action.id, action.themeId);
  }
  return findings;
}
