import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { OurMunicipalityQuery, SessionStore, queryResource } from '@regie/web/data-access';
import { OurMunicipalityGQL } from '@regie/web/data-access/local-fit';
import { filter, switchMap } from 'rxjs';
import { byCycleDescending } from '../shared/local-fit-labels';

type Data = OurMunicipalityQuery;
export type Overview = NonNullable<Data['ourMunicipality']>;
export type Assessment = Overview['assessments'][number];
export type ThemeParticipation = Overview['participations'][number];

/** A regional action of a theme with how the municipality takes part in it, if recorded. */
export interface ActionRow {
  id: string;
  title: string;
  participation: ThemeParticipation | null;
}

export interface ThemeRow {
  id: string;
  name: string;
  participation: ThemeParticipation | null;
  actions: ActionRow[];
  current: Assessment | null;
  history: Assessment[];
  indicators: Overview['indicators'];
}

/** "Onze gemeente": the municipality's themes, figures among its peers, fit, IVP and practices. */
@Injectable()
export class OurMunicipalityStore {
  private readonly session = inject(SessionStore);
  private readonly query = inject(OurMunicipalityGQL);

  readonly id = signal<string | null>(null);
  private readonly resource = queryResource(
    toObservable(this.id).pipe(
      filter((id): id is string => id !== null),
      switchMap((id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges),
    ),
    (data) => data,
  );

  readonly loading = this.resource.loading;
  readonly problem = this.resource.problem;
  readonly overview = computed(() => this.resource.value()?.ourMunicipality);
  readonly notFound = computed(() => this.resource.value() !== undefined && this.overview() === null);

  readonly themes = computed<ThemeRow[]>(() => {
    const overview = this.overview();
    if (!overview) return [];
    const themes = (this.resource.value()?.strategies ?? []).flatMap((strategy) => [...strategy.themes].sort((a, b) => a.position - b.position));
    return themes.map((theme) => {
      const assessments = overview.assessments.filter((row) => row.themeId === theme.id).sort(byCycleDescending);
      const participations = overview.participations.filter((row) => row.themeId === theme.id);
      return {
        id: theme.id,
        name: theme.name,
        participation: participations.find((row) => row.actionId === null) ?? null,
        actions: [...theme.actions]
          .sort((a, b) => a.title.localeCompare(b.title, 'nl'))
          .map((action) => ({ id: action.id, title: action.title, participation: participations.find((row) => row.actionId === action.id) ?? null })),
        current: assessments[0] ?? null,
        history: assessments.slice(1),
        indicators: overview.indicators.filter((row) => row.themeId === theme.id),
      };
    });
  });

  /** Adaptations asked of the region that nobody has answered yet. */
  readonly openRequests = computed(() => this.themes().filter((theme) => theme.current?.openRequest));

  readonly practices = computed(() => {
    const overview = this.overview();
    const adoptions = new Map((overview?.practiceAdoptions ?? []).map((row) => [row.practiceId, row]));
    return (this.resource.value()?.goodPractices ?? []).map((practice) => ({ ...practice, adoption: adoptions.get(practice.id) ?? null }));
  });

  /** Whether the user drafts this municipality's assessments (its own official); the API checks again. */
  readonly canEdit = computed(() => {
    const overview = this.overview();
    return overview ? this.session.can('update', 'LocalFitAssessment', { regionId: overview.municipality.regionId, municipalityId: overview.id }) : false;
  });

  canComment(themeId: string): boolean {
    const overview = this.overview();
    return overview ? this.session.can('create', 'LocalFitComment', { regionId: overview.municipality.regionId, municipalityId: overview.id, themeId }) : false;
  }
}
