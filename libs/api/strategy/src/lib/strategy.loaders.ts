import { Injectable } from '@nestjs/common';
import { byKey, groupByKey, Loaders } from '@regie/api/core';
import { StrategiesService } from './strategies/strategies.service';
import { ThemesService } from './themes/themes.service';

@Injectable()
export class StrategyLoaders {
  constructor(
    private readonly strategies: StrategiesService,
    private readonly themes: ThemesService,
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
  currentMandatesOfTheme(loaders: Loaders) {
    return loaders.get('currentMandatesOfTheme', async (ids) => groupByKey(ids, await this.themes.currentMandates(ids), (row) => row.themeId));
  }
}
