import { Module } from '@nestjs/common';
import { BudgetLinesResolver, CapacityResolver, MilestonesResolver } from './actions/action-parts.resolver';
import { ActionPartsService } from './actions/action-parts.service';
import { ActionsResolver } from './actions/actions.resolver';
import { ActionsService } from './actions/actions.service';
import { GoalsResolver } from './goals/goals.resolver';
import { GoalsService } from './goals/goals.service';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { IndicatorsService } from './indicators/indicators.service';
import { MandatesResolver } from './mandates/mandates.resolver';
import { MandatesService } from './mandates/mandates.service';
import { MeasurementImportService } from './measurements/import/measurement-import.service';
import { MeasurementsResolver } from './measurements/measurements.resolver';
import { MeasurementsService } from './measurements/measurements.service';
import { PlanQualityService } from './plan-quality/plan-quality.service';
import { PlanScopes } from './plan-scope';
import { StrategiesResolver } from './strategies/strategies.resolver';
import { StrategiesService } from './strategies/strategies.service';
import { StrategyLoaders } from './strategy.loaders';
import { RoleAssignmentThemeResolver, ThemesResolver } from './themes/themes.resolver';
import { ThemesService } from './themes/themes.service';

/** The Regionale Veiligheidsstrategie: strategies, themes, mandates and the goals-and-efforts tree. */
@Module({
  providers: [
    PlanScopes,
    StrategyLoaders,
    PlanQualityService,
    StrategiesService,
    StrategiesResolver,
    ThemesService,
    ThemesResolver,
    RoleAssignmentThemeResolver,
    MandatesService,
    MandatesResolver,
    GoalsService,
    GoalsResolver,
    IndicatorsService,
    IndicatorsResolver,
    MeasurementsService,
    MeasurementsResolver,
    MeasurementImportService,
    ActionsService,
    ActionsResolver,
    ActionPartsService,
    MilestonesResolver,
    CapacityResolver,
    BudgetLinesResolver,
  ],
  exports: [StrategiesService, ThemesService, StrategyLoaders],
})
export class StrategyModule {}
