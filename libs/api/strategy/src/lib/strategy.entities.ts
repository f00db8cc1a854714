import { ActionGoalEntity, ActionEntity, ActionMunicipalityEntity, ActionPartnerEntity } from './actions/action.entity';
import { BudgetLineEntity, CapacityCommitmentEntity, MilestoneEntity } from './actions/action-parts.entity';
import { GoalEntity } from './goals/goal.entity';
import { IndicatorEntity } from './indicators/indicator.entity';
import { ThemeMandateEntity } from './mandates/theme-mandate.entity';
import { MeasurementEntity } from './measurements/measurement.entity';
import { StrategyEntity } from './strategies/strategy.entity';
import { ThemeEntity } from './themes/theme.entity';

export const STRATEGY_ENTITIES = [
  StrategyEntity,
  ThemeEntity,
  ThemeMandateEntity,
  GoalEntity,
  IndicatorEntity,
  MeasurementEntity,
  ActionEntity,
  ActionGoalEntity,
  ActionPartnerEntity,
  ActionMunicipalityEntity,
  MilestoneEntity,
  CapacityCommitmentEntity,
  BudgetLineEntity,
];
