import { Module } from '@nestjs/common';
import { StrategiesResolver } from './strategies/strategies.resolver';
import { StrategiesService } from './strategies/strategies.service';
import { StrategyLoaders } from './strategy.loaders';
import { RoleAssignmentThemeResolver, ThemesResolver } from './themes/themes.resolver';
import { ThemesService } from './themes/themes.service';

/** The Regionale Veiligheidsstrategie: strategies, themes and the drivers' mandates. */
@Module({
  providers: [StrategiesService, StrategiesResolver, ThemesService, ThemesResolver, RoleAssignmentThemeResolver, StrategyLoaders],
  exports: [StrategiesService, ThemesService, StrategyLoaders],
})
export class StrategyModule {}
