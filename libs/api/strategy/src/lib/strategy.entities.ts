import { ThemeMandateEntity } from './mandates/theme-mandate.entity';
import { StrategyEntity } from './strategies/strategy.entity';
import { ThemeEntity } from './themes/theme.entity';

export const STRATEGY_ENTITIES = [StrategyEntity, ThemeEntity, ThemeMandateEntity];
