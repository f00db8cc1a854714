import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateGoalGQL, UpdateGoalGQL } from '@regie/web/data-access';
import { Apollo } from 'apollo-angular';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { FieldProblem, Problem, applyFieldProblems, readProblem } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

export interface EditableGoal {
  id: string;
  title: string;
  description: string | null;
  position: number;
  version: number;
}

type FormState = 'editing' | 'saving' | 'conflict' | 'reloading' | 'reloaded';

/** Adds a goal to a theme, or changes one; a stale change keeps the input and offers the newest version. */
@Component({
  selector: 'regie-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  templateUrl: './goal-form.html',
})
export class GoalForm {
  readonly themeId = input.required<string>();
  /** The goal to change; without it the form adds a new goal. */
  readonly goal = input<EditableGoal | null>(null);
  readonly closed = output<void>();

  private readonly createGoal = inject(CreateGoalGQL);
  private readonly updateGoal = inject(UpdateGoalGQL);
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('goalForm');

  protected readonly idPrefix = computed(() => `goal-form-${this.goal()?.id ?? 'new'}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  protected readonly state = signal<FormState>('editing');
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatchedFields = signal<FieldProblem[]>([]);
  /** The version the change is based on; after a conflict, the newest one the user has seen. */
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const goal = this.goal();
      if (goal) {
        this.form.reset({ title: goal.title, description: goal.description ?? '' });
        this.baseVersion = goal.version;
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected async save(): Promise<void> {
    if (this.state() === 'saving') return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.state.set('saving');
    this.problem.set(null);
    this.unmatchedFields.set([]);
    const { title, description } = this.form.getRawValue();
    const fields = { title: title.trim(), description: description.trim() || null };
    const goal = this.goal();
    try {
      const options = { refetchQueries: ['ThemePage'], awaitRefetchQueries: true };
      if (goal) await firstValueFrom(this.updateGoal.mutate({ variables: { input: { id: goal.id, version: this.baseVersion ?? goal.version, ...fields } }, ...options }));
      else await firstValueFrom(this.createGoal.mutate({ variables: { input: { themeId: this.themeId(), ...fields } }, ...options }));
      this.state.set('editing');
      this.closed.emit();
    } catch (error) {
      this.refused(readProblem(error));
    }
  }

  /** After a conflict: load what is saved now, keep the user's input, and base the next save on the new version. */
  protected async reload(): Promise<void> {
    this.state.set('reloading');
    await this.apollo.client.refetchQueries({ include: ['ThemePage'] });
    this.baseVersion = this.goal()?.version ?? this.baseVersion;
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
    afterNextRender(() => this.formElement()?.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }
}
