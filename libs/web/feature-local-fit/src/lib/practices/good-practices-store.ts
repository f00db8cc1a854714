import { Injectable, computed, inject } from '@angular/core';
import { GoodPracticesQuery, SessionStore, queryResource } from '@regie/web/data-access';
import { GoodPracticesGQL } from '@regie/web/data-access/local-fit';

export type Practice = GoodPracticesQuery['goodPractices'][number];
export type Adoption = Practice['adoptions'][number];

/** The practice library with roll-out, and who may add practices or record their own adoption. */
@Injectable()
export class GoodPracticesStore {
  private readonly session = inject(SessionStore);
  private readonly resource = queryResource(inject(GoodPracticesGQL).watch({ fetchPolicy: 'cache-and-network' }).valueChanges, (data) => data);

  readonly loading = this.resource.loading;
  readonly problem = this.resource.problem;
  readonly practices = computed(() => this.resource.value()?.goodPractices);
  readonly region = computed(() => this.resource.value()?.regions[0] ?? null);
  /** The themes a practice can belong to, in the strategy's order. */
  readonly themes = computed(() => (this.resource.value()?.strategies ?? []).flatMap((strategy) => [...strategy.themes].sort((a, b) => a.position - b.position)));
  private readonly municipalityNames = computed(() => new Map((this.region()?.municipalities ?? []).map((m) => [m.id, m.name])));

  readonly canManage = computed(() => {
    const region = this.region();
    return region ? this.session.can('create', 'GoodPractice', { regionId: region.id }) : false;
  });

  /** The municipality whose adoption the user records (a municipality official's own), if any. */
  readonly ownMunicipality = computed(() => {
    const region = this.region();
    const id = this.session.user()?.roles.find((role) => role.municipalityId && role.regionId === region?.id)?.municipalityId;
    return region && id && this.session.can('update', 'PracticeAdoption', { regionId: region.id, municipalityId: id }) ? { id, name: this.municipalityNames().get(id) ?? '' } : null;
  });

  nameOf(municipalityId: string): string {
    return this.municipalityNames().get(municipalityId) ?? '';
  }

  adoptionOf(practice: Practice, municipalityId: string): Adoption | null {
    return practice.adoptions.find((row) => row.municipalityId === municipalityId) ?? null;
  }

  /** Recorded adoptions, by municipality name. */
  sortedAdoptions(practice: Practice): Adoption[] {
    return [...practice.adoptions].sort((a, b) => this.nameOf(a.municipalityId).localeCompare(this.nameOf(b.municipalityId), 'nl'));
  }
}
