import { Signal, computed } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery } from '@apollo/client';
import { Problem, readProblem } from '@regie/web/util';
import { Observable } from 'rxjs';

/** Server state as signals: the selected value, whether a request is in flight, and what went wrong. */
export interface QueryResource<T> {
  readonly value: Signal<T | undefined>;
  readonly loading: Signal<boolean>;
  readonly problem: Signal<Problem | null>;
}

/**
 * Turns the results of an Apollo watch query into signals. Must run in an injection context (a store's
 * field initialiser); the subscription ends with that context.
 */
export function queryResource<TData, TValue>(
  results: Observable<ObservableQuery.Result<TData>>,
  select: (data: TData) => TValue,
): QueryResource<TValue> {
  const result = toSignal(results, { initialValue: null });
  const value = computed(() => {
    const current = result();
    return current && current.dataState === 'complete' ? select(current.data as TData) : undefined;
  });
  return {
    value,
    loading: computed(() => result()?.loading ?? true),
    problem: computed(() => {
      const error = result()?.error;
      return error ? readProblem(error) : null;
    }),
  };
}
