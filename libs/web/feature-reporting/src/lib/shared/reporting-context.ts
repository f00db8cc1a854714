import { Injectable, computed, inject } from '@angular/core';
import { queryResource } from '@regie/web/data-access';
import { ReportingOverviewGQL } from '@regie/web/data-access/reporting';

/** The strategy (and so the region) the reporting pages work in: the first one the user may read. */
@Injectable()
export class ReportingContext {
  private readonly resource = queryResource(inject(ReportingOverviewGQL).watch().valueChanges, (data) => data.strategies);

  readonly loading = this.resource.loading;
  readonly problem = this.resource.problem;
  readonly strategy = computed(() => this.resource.value()?.[0] ?? null);
}
