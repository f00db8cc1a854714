import { Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { FieldProblem, Problem, readProblem } from '../errors/graphql-problem';
import { applyFieldProblems } from './field-errors';

export type SaveState = 'editing' | 'saving' | 'saved' | 'conflict' | 'reloading' | 'reloaded';

/**
 * The life of one form's save, the same in every edit form: check the form, send, and map the server's
 * answer onto it — field errors on their fields, a stale version as a conflict that keeps the user's input
 * until they have seen the newest data. Create it in a field initializer (it injects).
 */
export class SaveFlow {
  readonly state = signal<SaveState>('editing');
  readonly problem = signal<Problem | null>(null);
  /** Server field errors that match no control, shown in the form's summary. */
  readonly unmatchedFields = signal<FieldProblem[]>([]);
  /** While true the submit button says it cannot be used (aria-disabled, never disabled: it stays focusable). */
  readonly blocked = computed(() => ['saving', 'conflict', 'reloading'].includes(this.state()));

  private readonly injector = inject(Injector);

  constructor(
    private readonly form: FormGroup,
    /** The form element, to move focus to the first invalid field. */
    private readonly host: () => HTMLElement | undefined,
  ) {}

  /** Runs the request when the form is valid; true when it succeeded. */
  async save(request: () => Promise<unknown>): Promise<boolean> {
    if (this.blocked()) return false;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return false;
    }
    return this.run(request);
  }

  /** Runs a request that needs no input from the form (remove, mark done), with the same answers. */
  async run(request: () => Promise<unknown>): Promise<boolean> {
    if (this.blocked()) return false;
    this.state.set('saving');
    this.problem.set(null);
    this.unmatchedFields.set([]);
    try {
      await request();
      this.state.set('saved');
      return true;
    } catch (error) {
      this.refused(readProblem(error));
      return false;
    }
  }

  /** After a conflict: load what is saved now; the caller then bases its next save on the new version. */
  async reload(refetch: () => Promise<unknown>): Promise<void> {
    this.state.set('reloading');
    await refetch();
    this.state.set('reloaded');
  }

  private refused(problem: Problem): void {
    if (problem.code === 'CONFLICT') {
      this.state.set('conflict');
      return;
    }
    this.state.set('editing');
    if (problem.code === 'BAD_USER_INPUT') {
      this.unmatchedFields.set(applyFieldProblems(this.form, problem.fields));
      this.focusFirstInvalid();
      return;
    }
    this.problem.set(problem);
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.host()?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }
}
