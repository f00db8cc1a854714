import { MunicipalityEntity, OrganisationEntity } from '@regie/api/core';
import {
  ActionEntity,
  ActionGoalEntity,
  ActionMunicipalityEntity,
  ActionPartnerEntity,
  BudgetLineEntity,
  CapacityCommitmentEntity,
  GoalEntity,
  IndicatorEntity,
  MeasurementEntity,
  MilestoneEntity,
  ThemeEntity,
} from '@regie/api/strategy';
import { parsePeriod, periodRange, SafetyField } from '@regie/domain';
import { EntityManager } from 'typeorm';
import { DEMO_PLAN, DemoIndicator } from './utrecht-2009-plan.data';

const QUARTERS = [2008, 2009, 2010, 2011].flatMap((year) => [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`));

/** Deterministic noise in [-1, 1], so the demo figures are the same on every machine. */
function noise(...parts: Array<string | number>): number {
  let hash = 2166136261;
  for (const char of parts.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 2001) / 1000 - 1;
}

function regionalValue(indicator: DemoIndicator, quarter: number): number {
  const value = indicator.baseline * (1 + indicator.trend * quarter) * (1 + 0.03 * noise(indicator.name, quarter));
  return indicator.unit === '%' ? Math.round(value * 10) / 10 : Math.round(value);
}

export interface PlanSeedContext {
  regionId: string;
  themes: ThemeEntity[];
  organisations: OrganisationEntity[];
  municipalities: MunicipalityEntity[];
}

/** Goals, indicators with four years of quarterly figures (region and every municipality), and actions. */
export async function seedUtrechtPlan(manager: EntityManager, { regionId, themes, organisations, municipalities }: PlanSeedContext): Promise<void> {
  const organisationId = (name: string) => organisations.find((o) => o.name === name)?.id ?? null;
  const totalPopulation = municipalities.reduce((sum, m) => sum + (m.population ?? 0), 0);
  const measurements: Array<Partial<MeasurementEntity>> = [];

  for (const theme of themes) {
    const plan = DEMO_PLAN[theme.slug];
    if (!plan) continue;
    await manager.update(ThemeEntity, { id: theme.id }, { safetyFields: plan.safetyFields as SafetyField[] });
    const goals = await manager.save(
      GoalEntity,
      plan.goals.map((goal, index) => manager.create(GoalEntity, { themeId: theme.id, regionId, title: goal.title, position: index + 1 })),
    );
    for (const [goalIndex, goal] of plan.goals.entries()) {
      for (const demo of goal.indicators) {
        const indicator = await manager.save(
          IndicatorEntity,
          manager.create(IndicatorEntity, {
            goalId: goals[goalIndex].id,
            regionId,
            name: demo.name,
            definition: demo.definition,
            unit: demo.unit,
            source: demo.source,
            direction: demo.direction,
            level: 'REGION',
            cadence: 'QUARTERLY',
            baseline: demo.baseline,
            baselinePeriod: '2007',
            target: demo.target,
            targetDeadline: demo.target === null ? null : '2011-12-31',
          }),
        );
        for (const [quarter, period] of QUARTERS.entries()) {
          const periodEnd = periodRange(parsePeriod(period) ?? { cadence: 'QUARTERLY', year: 2008, part: 1, label: period }).end;
          const regional = regionalValue(demo, quarter);
          measurements.push({ indicatorId: indicator.id, regionId, municipalityId: null, period, periodEnd, value: regional, source: demo.source });
          for (const municipality of municipalities) {
            const share = demo.unit === '%' ? 1 : (municipality.population ?? 0) / totalPopulation;
            const local = regional * share * (1 + 0.15 * noise(demo.name, municipality.slug, quarter));
            measurements.push({ indicatorId: indicator.id, regionId, municipalityId: municipality.id, period, periodEnd, value: demo.unit === '%' ? Math.round(local * 10) / 10 : Math.round(local), source: demo.source });
          }
        }
      }
    }

    for (const demo of plan.actions) {
      const action = await manager.save(
        ActionEntity,
        manager.create(ActionEntity, { themeId: theme.id, regionId, title: demo.title, ownerOrganisationId: organisationId(demo.owner), phase: demo.phase, status: demo.status, analysis: demo.analysis, startsOn: '2008-06-01', endsOn: '2011-12-31' }),
      );
      await manager.insert(ActionGoalEntity, demo.goals.map((index) => ({ actionId: action.id, goalId: goals[index].id })));
      const partners = demo.partners.map(organisationId).filter((id): id is string => id !== null);
      if (partners.length) await manager.insert(ActionPartnerEntity, partners.map((id) => ({ actionId: action.id, organisationId: id })));
      await manager.insert(ActionMunicipalityEntity, municipalities.filter((_, index) => (index + demo.title.length) % 3 !== 0).map((m) => ({ actionId: action.id, municipalityId: m.id })));
      const owner = organisationId(demo.owner);
      // A milestone is the owner's unless the demo names a partner responsible for it (what the API defaults to as well).
      if (demo.milestones.length) {
        await manager.insert(MilestoneEntity, demo.milestones.map(([title, dueOn, doneOn, responsible]) => ({ actionId: action.id, title, dueOn, doneOn, organisationId: responsible ? organisationId(responsible) : owner })));
      }
      // The owner reported what it put in for 2009 (a little under its commitment); the partners have not reported yet.
      if (demo.fte !== null && owner) {
        await manager.insert(CapacityCommitmentEntity, [2009, 2010].map((year) => ({ actionId: action.id, organisationId: owner, period: String(year), amount: demo.fte ?? 0, realisedAmount: year === 2009 ? Math.round((demo.fte ?? 0) * 9) / 10 : null, unit: 'FTE' as const })));
      }
      for (const [partner, amount, unit] of demo.partnerCapacity ?? []) {
        const partnerId = organisationId(partner);
        if (partnerId) await manager.insert(CapacityCommitmentEntity, [2009, 2010].map((year) => ({ actionId: action.id, organisationId: partnerId, period: String(year), amount, realisedAmount: null, unit })));
      }
      if (demo.budget !== null) {
        await manager.insert(BudgetLineEntity, [
          { actionId: action.id, organisationId: owner, fundingSource: 'regionaal budget', year: 2009, committed: demo.budget / 2, spent: demo.budget / 2 },
          { actionId: action.id, organisationId: owner, fundingSource: 'regionaal budget', year: 2010, committed: demo.budget / 2, spent: Math.round(demo.budget / 5) },
        ]);
      }
    }
  }
  for (let start = 0; start < measurements.length; start += 1000) {
    await manager.insert(MeasurementEntity, measurements.slice(start, start + 1000));
  }
}
