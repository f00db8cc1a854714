import { Injectable, computed, inject } from '@angular/core';
import { StrategyOverviewQuery, queryResource } from '@regie/web/data-access';
import { StrategyOverviewGQL } from '@regie/web/data-access/strategy';

export type StrategySummary = StrategyOverviewQuery['strategies'][number];
export type ThemeSummary = StrategySummary['themes'][number];

/** The strategies the user may read (normally the one of their region), themes in their agreed order. */
@Injectable()
export class StrategyOverviewStore {
  private readonly resource = queryResource(inject(StrategyOverviewGQL).watch().valueChanges, (data) => data.strategies);

  readonly loading = this.resource.loading;
  readonly problem = this.resource.problem;
  readonly strategies = computed(() =>
    (this.resource.value() ?? []).map((strategy) => ({
      ...strategy,
      themes: [...strategy.themes].sort((a, b) => a.position - b.position),
    })),
  );
  readonly empty = computed(() => this.resource.value()?.length === 0);
}
