import { Injectable } from '@nestjs/common';
import { byKey, groupByKey, Loaders } from '@regie/api/core';
import { ActionPartsService } from './actions/action-parts.service';
import { ActionsService } from './actions/actions.service';
import { GoalsService } from './goals/goals.service';
import { IndicatorsService } from './indicators/indicators.service';
import { MandatesService } from './mandates/mandates.service';
import { MeasurementsService } from './measurements/measurements.service';
import { StrategiesService } from './strategies/strategies.service';
import { ThemesService } from './themes/themes.service';

/** The strategy's DataLoaders: one statement per relation per request, however large the tree. */
@Injectable()
export class StrategyLoaders {
  constructor(
    private readonly strategies: StrategiesService,
    private readonly themes: ThemesService,
    private readonly mandates: MandatesService,
    private readonly goals: GoalsService,
    private readonly indicators: IndicatorsService,
    private readonly measurements: MeasurementsService,
    private readonly actions: ActionsService,
    private readonly actionParts: ActionPartsService,
  ) {}

  strategy(loaders: Loaders) {
    return loaders.get('strategy', async (ids) => byKey(ids, await this.strategies.byIds(ids), (row) => row.id));
  }
  theme(loaders: Loaders) {
    return loaders.get('theme', async (ids) => byKey(ids, await this.themes.byIds(ids), (row) => row.id));
  }
  themesOfStrategy(loaders: Loaders) {
    return loaders.get('themesOfStrategy', async (ids) => groupByKey(ids, await this.themes.ofStrategies(ids), (row) => row.strategyId));
  }
  mandatesOfTheme(loaders: Loaders) {
    return loaders.get('mandatesOfTheme', async (ids) => groupByKey(ids, await this.mandates.ofThemes(ids), (row) => row.themeId));
  }
  goal(loaders: Loaders) {
    return loaders.get('goal', async (ids) => byKey(ids, await this.goals.byIds(ids), (row) => row.id));
  }
  goalsOfTheme(loaders: Loaders) {
    return loaders.get('goalsOfTheme', async (ids) => groupByKey(ids, await this.goals.ofThemes(ids), (row) => row.themeId));
  }
  indicatorsOfGoal(loaders: Loaders) {
    return loaders.get('indicatorsOfGoal', async (ids) => groupByKey(ids, await this.indicators.ofGoals(ids), (row) => row.goalId));
  }
  measurementsOfIndicator(loaders: Loaders) {
    return loaders.get('measurementsOfIndicator', async (ids) => groupByKey(ids, await this.measurements.ofIndicators(ids), (row) => row.indicatorId));
  }
  latestRegionalMeasurement(loaders: Loaders) {
    return loaders.get('latestRegionalMeasurement', async (ids) => byKey(ids, await this.measurements.latestRegional(ids), (row) => row.indicatorId));
  }
  action(loaders: Loaders) {
    return loaders.get('action', async (ids) => byKey(ids, await this.actions.byIds(ids), (row) => row.id));
  }
  actionsOfTheme(loaders: Loaders) {
    return loaders.get('actionsOfTheme', async (ids) => groupByKey(ids, await this.actions.ofThemes(ids), (row) => row.themeId));
  }
  actionLinksOfGoal(loaders: Loaders) {
    return loaders.get('actionLinksOfGoal', async (ids) => groupByKey(ids, await this.actions.actionLinksOfGoals(ids), (row) => row.goalId));
  }
  goalLinksOfAction(loaders: Loaders) {
    return loaders.get('goalLinksOfAction', async (ids) => groupByKey(ids, await this.actions.goalLinks(ids), (row) => row.actionId));
  }
  partnerLinksOfAction(loaders: Loaders) {
    return loaders.get('partnerLinksOfAction', async (ids) => groupByKey(ids, await this.actions.partnerLinks(ids), (row) => row.actionId));
  }
  municipalityLinksOfAction(loaders: Loaders) {
    return loaders.get('municipalityLinksOfAction', async (ids) => groupByKey(ids, await this.actions.municipalityLinks(ids), (row) => row.actionId));
  }
  milestonesOfAction(loaders: Loaders) {
    return loaders.get('milestonesOfAction', async (ids) => groupByKey(ids, await this.actionParts.milestonesOf(ids), (row) => row.actionId));
  }
  capacityOfAction(loaders: Loaders) {
    return loaders.get('capacityOfAction', async (ids) => groupByKey(ids, await this.actionParts.capacityOf(ids), (row) => row.actionId));
  }
  budgetLinesOfAction(loaders: Loaders) {
    return loaders.get('budgetLinesOfAction', async (ids) => groupByKey(ids, await this.actionParts.budgetLinesOf(ids), (row) => row.actionId));
  }
}
