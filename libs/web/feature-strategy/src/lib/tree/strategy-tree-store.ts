import { Injectable, computed, inject, linkedSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { queryResource } from '@regie/web/data-access';
import { MunicipalitiesGQL } from '@regie/web/data-access/directory';
import { StrategyTreeGQL } from '@regie/web/data-access/strategy';
import { switchMap } from 'rxjs';
import { TreeStrategy, participatingOrganisations } from './strategy-tree';

/** The goals-and-efforts tree of every strategy the user may read, its actions filtered on the server. */
@Injectable()
export class StrategyTreeStore {
  private readonly query = inject(StrategyTreeGQL);

  /** The address is the filter (`?partner=…&gemeente=…`), so a filtered tree can be shared and printed. */
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });
  readonly partnerId = computed(() => this.params().get('partner') || null);
  readonly municipalityId = computed(() => this.params().get('gemeente') || null);

  private readonly variables = computed(() => ({ partnerId: this.partnerId(), municipalityId: this.municipalityId() }));
  private readonly resource = queryResource(
    toObservable(this.variables).pipe(switchMap((variables) => this.query.watch({ variables, fetchPolicy: 'cache-and-network' }).valueChanges)),
    (data) => data.strategies,
  );
  private readonly municipalityResource = queryResource(inject(MunicipalitiesGQL).watch().valueChanges, (data) => data.municipalities);

  /** Keeps the tree on screen while a new filter loads. */
  readonly strategies = linkedSignal<TreeStrategy[] | undefined, TreeStrategy[] | undefined>({
    source: this.resource.value,
    computation: (value, previous) => (value === undefined ? previous?.value : value),
  });
  readonly loading = this.resource.loading;
  readonly problem = this.resource.problem;
  readonly organisations = computed(() => participatingOrganisations(this.strategies() ?? []));
  readonly municipalities = computed(() => [...(this.municipalityResource.value() ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
  readonly filtered = computed(() => this.partnerId() !== null || this.municipalityId() !== null);
}
