import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { LocalFitMatrixQuery, SessionStore, queryResource } from '@regie/web/data-access';
import { LocalFitMatrixGQL, LocalFitStrategiesGQL, OverlapSignalsGQL } from '@regie/web/data-access/local-fit';
import { EMPTY, filter, switchMap } from 'rxjs';

export type Matrix = NonNullable<LocalFitMatrixQuery['localFitMatrix']>;
export type MatrixRow = Matrix['rows'][number];

export interface MatrixFilter {
  themeId: string;
  verdict: string;
  participation: string;
  name: string;
}

export const NO_FILTER: MatrixFilter = { themeId: '', verdict: '', participation: '', name: '' };

/** Keeps the rows (municipalities) with a cell that matches every chosen filter, in the chosen theme(s). */
export function filterMatrix(matrix: Matrix, choice: MatrixFilter): { themes: Matrix['themes']; rows: MatrixRow[] } {
  const themes = [...matrix.themes].sort((a, b) => a.position - b.position).filter((theme) => !choice.themeId || theme.id === choice.themeId);
  const shown = new Set(themes.map((theme) => theme.id));
  const name = choice.name.trim().toLocaleLowerCase('nl');
  const rows = matrix.rows
    .filter((row) => !name || row.municipality.name.toLocaleLowerCase('nl').includes(name))
    .filter((row) =>
      row.cells.some(
        (cell) =>
          shown.has(cell.themeId) &&
          (!choice.verdict || (cell.verdict ?? 'UNKNOWN') === choice.verdict) &&
          (!choice.participation || (cell.participation ?? 'UNKNOWN') === choice.participation),
      ),
    )
    .map((row) => ({ ...row, cells: themes.map((theme) => row.cells.find((cell) => cell.themeId === theme.id) ?? { themeId: theme.id, participation: null, verdict: null, cycle: null, assessmentId: null }) }));
  return { themes, rows };
}

/** The themes × municipalities matrix of the user's strategy and, for the bureau, the overlap signals. */
@Injectable()
export class LocalFitMatrixStore {
  private readonly session = inject(SessionStore);
  private readonly strategies = queryResource(inject(LocalFitStrategiesGQL).watch().valueChanges, (data) => data.strategies);
  private readonly matrixQuery = inject(LocalFitMatrixGQL);

  readonly strategy = computed(() => this.strategies.value()?.[0] ?? null);
  private readonly matrixResource = queryResource(
    toObservable(this.strategy).pipe(
      filter((strategy) => strategy !== null),
      switchMap((strategy) => (strategy ? this.matrixQuery.watch({ variables: { strategyId: strategy.id }, fetchPolicy: 'cache-and-network' }).valueChanges : EMPTY)),
    ),
    (data) => data.localFitMatrix,
  );
  readonly canSeeOverlap = computed(() => {
    const strategy = this.strategy();
    return strategy ? this.session.can('read', 'OverlapSignal', { regionId: strategy.regionId }) : false;
  });
  private readonly overlapQuery = inject(OverlapSignalsGQL);
  private readonly overlapResource = queryResource(
    toObservable(this.canSeeOverlap).pipe(switchMap((allowed) => (allowed ? this.overlapQuery.watch({ fetchPolicy: 'cache-and-network' }).valueChanges : EMPTY))),
    (data) => data.overlapSignals,
  );

  readonly choice = signal<MatrixFilter>(NO_FILTER);
  readonly matrix = this.matrixResource.value;
  readonly loading = computed(() => this.strategies.loading() || this.matrixResource.loading());
  readonly problem = computed(() => this.strategies.problem() ?? this.matrixResource.problem());
  readonly shown = computed(() => {
    const matrix = this.matrix();
    return matrix ? filterMatrix(matrix, this.choice()) : null;
  });
  readonly overlapSignals = computed(() => this.overlapResource.value() ?? []);
  readonly overlapLoading = this.overlapResource.loading;
}
