import { Injectable, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { PlanOptionsQuery, queryResource } from '@regie/web/data-access';
import { PlanOptionsGQL } from '@regie/web/data-access/strategy';
import { filter, switchMap } from 'rxjs';

export type PlanOptions = PlanOptionsQuery;

/** The region's organisations, people and municipalities to choose from in plan forms; one request per region, cached. */
@Injectable()
export class PlanOptionsStore {
  private readonly query = inject(PlanOptionsGQL);
  readonly regionId = signal<string | null>(null);

  private readonly resource = queryResource(
    toObservable(this.regionId).pipe(
      filter((regionId): regionId is string => regionId !== null),
      switchMap((regionId) => this.query.watch({ variables: { regionId }, fetchPolicy: 'cache-first' }).valueChanges),
    ),
    (data) => data,
  );
  readonly options = this.resource.value;
  readonly problem = this.resource.problem;
}
