import type { PlanQualityFindingFieldsFragment, StrategyTreeQuery } from '@regie/web/data-access';

export type TreeStrategy = StrategyTreeQuery['strategies'][number];
export type TreeTheme = TreeStrategy['themes'][number];
export type TreeAction = TreeTheme['actions'][number];
export type TreeGoal = TreeTheme['goals'][number] & { actions: TreeAction[] };

/** A theme's goals in order, each with the (filtered) actions that serve it. */
export function goalsWithActions(theme: TreeTheme): TreeGoal[] {
  return [...theme.goals]
    .sort((a, b) => a.position - b.position)
    .map((goal) => ({ ...goal, actions: theme.actions.filter((action) => action.goals.some((served) => served.id === goal.id)) }));
}

/** Every organisation that owns or takes part in an action of the strategy, by name. */
export function participatingOrganisations(strategies: readonly TreeStrategy[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const strategy of strategies)
    for (const theme of strategy.themes)
      for (const action of theme.participants) {
        if (action.ownerOrganisation) byId.set(action.ownerOrganisation.id, action.ownerOrganisation.name);
        for (const partner of action.partners) byId.set(partner.id, partner.name);
      }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export interface CheckCount {
  check: string;
  perTheme: number[];
  total: number;
}

/** Findings counted per check (rows, in the given order) and per theme (columns, in the themes' order). */
export function countFindings(findings: readonly PlanQualityFindingFieldsFragment[], themeIds: readonly string[], checks: readonly string[]): CheckCount[] {
  return checks.map((check) => {
    const perTheme = themeIds.map((themeId) => findings.filter((finding) => finding.check === check && finding.themeId === themeId).length);
    return { check, perTheme, total: perTheme.reduce((sum, count) => sum + count, 0) };
  });
}
