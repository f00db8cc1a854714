import { Injectable, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { SessionStore, ThemePageQuery, queryResource } from '@regie/web/data-access';
import { ThemePageGQL } from '@regie/web/data-access/strategy';
import { filter, switchMap } from 'rxjs';

export type ThemeDetail = NonNullable<ThemePageQuery['theme']>;
export type GoalDetail = ThemeDetail['goals'][number];
export type IndicatorDetail = GoalDetail['indicators'][number];
export type MandateDetail = ThemeDetail['mandates'][number];

/** One theme with its mandates, plan-quality findings, goals, indicators and actions. */
@Injectable()
export class ThemeStore {
  private readonly session = inject(SessionStore);
  private readonly query = inject(ThemePageGQL);

  readonly id = signal<string | null>(null);
  readonly includeEnded = signal(false);

  private readonly variables = computed(() => ({ id: this.id(), includeEnded: this.includeEnded() }));
  private readonly resource = queryResource(
    toObservable(this.variables).pipe(
      filter((variables): variables is { id: string; includeEnded: boolean } => variables.id !== null),
      switchMap((variables) => this.query.watch({ variables, fetchPolicy: 'cache-and-network' }).valueChanges),
    ),
    (data) => data.theme,
  );

  /** Keeps showing the theme while the mandate history loads, instead of blanking the page. */
  readonly theme = linkedSignal<ThemeDetail | null | undefined, ThemeDetail | null | undefined>({
    source: this.resource.value,
    computation: (value, previous) => (value === undefined ? previous?.value : value),
  });
  readonly loading = this.resource.loading;
  readonly problem = this.resource.problem;
  readonly notFound = computed(() => this.theme() === null);
  readonly goals = computed(() => [...(this.theme()?.goals ?? [])].sort((a, b) => a.position - b.position));

  /** An action serving several goals is listed under each; only its first listing carries the fragment id. */
  readonly anchoredActions = computed(() => {
    const first = new Map<string, string>();
    for (const goal of this.goals()) for (const action of goal.actions) if (!first.has(action.id)) first.set(action.id, goal.id);
    return first;
  });

  /**
   * Whether the user may enter values here: for the region (bureau, the theme's drivers) or for their own
   * municipality (municipality officials); the API checks every row again.
   */
  readonly canEnterMeasurements = computed(() => {
    const theme = this.theme();
    if (!theme) return false;
    const record = { regionId: theme.regionId, themeId: theme.id };
    const ownMunicipalities = (this.session.user()?.roles ?? []).flatMap((role) => (role.regionId === theme.regionId && role.municipalityId ? [role.municipalityId] : []));
    return this.session.can('create', 'Measurement', record) || ownMunicipalities.some((municipalityId) => this.session.can('create', 'Measurement', { ...record, municipalityId }));
  });

  /** Whether the shared policy lets the user assign and change the drivers' mandates (the bureau). */
  readonly canManageMandates = computed(() => {
    const theme = this.theme();
    return theme ? this.session.can('update', 'ThemeMandate', { regionId: theme.regionId, themeId: theme.id }) : false;
  });

  /** Whether the shared policy lets the user change this theme's goals, indicators and actions. */
  readonly canEditPlan = computed(() => {
    const theme = this.theme();
    return theme ? this.session.can('update', 'Goal', { regionId: theme.regionId, themeId: theme.id }) : false;
  });
}
