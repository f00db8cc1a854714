import { RoleAssignmentEntity } from '@regie/api/core';
import { EntityManager, In } from 'typeorm';
import { GoalEntity } from '../goals/goal.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { inForce } from '../mandates/mandates.service';
import { ThemeMandateEntity } from '../mandates/theme-mandate.entity';
import { ThemeEntity } from '../themes/theme.entity';

export interface CopiedStructure {
  themes: number;
  mandates: number;
  goals: number;
  indicators: number;
}

const withoutKeys = <T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> => {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
};

/** Inserts copies in one statement and maps each original id to its copy's id (identifiers keep the input order). */
async function insertCopies<T extends { id: string }>(manager: EntityManager, entity: new () => T, rows: T[], copy: (row: T) => object): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (rows.length === 0) return ids;
  const inserted = await manager.insert(entity, rows.map(copy) as never);
  rows.forEach((row, index) => ids.set(row.id, inserted.identifiers[index]['id']));
  return ids;
}

/**
 * Copies an earlier strategy's structure into a new one: themes, the mandates in force on the new start
 * date (with their drivers' role assignments, so the drivers can work on the copy), goals and indicators
 * with their baselines and targets. Measurements and actions stay with the earlier period: they are its
 * results and efforts, and the new period starts its own.
 */
export async function copyStructure(manager: EntityManager, fromStrategyId: string, toStrategyId: string, startsOn: string): Promise<CopiedStructure> {
  const themes = await manager.find(ThemeEntity, { where: { strategyId: fromStrategyId }, order: { position: 'ASC' } });
  const themeIds = themes.map((theme) => theme.id);
  if (themeIds.length === 0) return { themes: 0, mandates: 0, goals: 0, indicators: 0 };
  // One after another: a transaction's queries share one connection.
  const mandates = await manager.findBy(ThemeMandateEntity, { themeId: In(themeIds) });
  const goals = await manager.findBy(GoalEntity, { themeId: In(themeIds) });
  const grants = await manager.findBy(RoleAssignmentEntity, { themeId: In(themeIds) });
  const indicators = goals.length ? await manager.findBy(IndicatorEntity, { goalId: In(goals.map((goal) => goal.id)) }) : [];

  const newThemeIds = await insertCopies(manager, ThemeEntity, themes, (theme) => ({ ...withoutKeys(theme, 'id', 'version'), strategyId: toStrategyId }));
  const themeOf = (id: string) => newThemeIds.get(id) as string;

  // A mandate that ended before the new period began belongs to the old period's history only.
  const continuing = mandates.filter((mandate) => inForce(mandate, startsOn) || mandate.startsOn > startsOn);
  if (continuing.length) {
    await manager.insert(ThemeMandateEntity, continuing.map((mandate) => ({ ...withoutKeys(mandate, 'id', 'version'), themeId: themeOf(mandate.themeId), startsOn: mandate.startsOn < startsOn ? startsOn : mandate.startsOn })));
  }
  if (grants.length) await manager.insert(RoleAssignmentEntity, grants.map((grant) => ({ ...withoutKeys(grant, 'id'), themeId: themeOf(grant.themeId as string) })));

  const newGoalIds = await insertCopies(manager, GoalEntity, goals, (goal) => ({ ...withoutKeys(goal, 'id', 'version'), themeId: themeOf(goal.themeId) }));
  if (indicators.length) {
    await manager.insert(IndicatorEntity, indicators.map((indicator) => ({ ...withoutKeys(indicator, 'id', 'version'), goalId: newGoalIds.get(indicator.goalId) as string })));
  }
  return { themes: themes.length, mandates: continuing.length, goals: goals.length, indicators: indicators.length };
}
