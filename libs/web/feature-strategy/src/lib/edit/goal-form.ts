import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateGoalGQL, DeleteGoalGQL, UpdateGoalGQL } from '@regie/web/data-access/strategy';
import { Apollo } from 'apollo-angular';
import { ConfirmDelete, FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

export interface EditableGoal {
  id: string;
  title: string;
  description: string | null;
  position: number;
  version: number;
}

/** Adds a goal to a theme, or changes one; a stale change keeps the input and offers the newest version. */
@Component({
  selector: 'regie-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, ConfirmDelete],
  templateUrl: './goal-form.html',
})
export class GoalForm {
  readonly themeId = input.required<string>();
  /** The goal to change; without it the form adds a new goal. */
  readonly goal = input<EditableGoal | null>(null);
  readonly closed = output<void>();

  private readonly createGoal = inject(CreateGoalGQL);
  private readonly updateGoal = inject(UpdateGoalGQL);
  private readonly deleteGoal = inject(DeleteGoalGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('goalForm');

  protected readonly idPrefix = computed(() => `goal-form-${this.goal()?.id ?? 'new'}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
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
    const { title, description } = this.form.getRawValue();
    const fields = { title: title.trim(), description: description.trim() || null };
    const goal = this.goal();
    const options = { refetchQueries: ['ThemePage'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      goal
        ? firstValueFrom(this.updateGoal.mutate({ variables: { input: { id: goal.id, version: this.baseVersion ?? goal.version, ...fields } }, ...options }))
        : firstValueFrom(this.createGoal.mutate({ variables: { input: { themeId: this.themeId(), ...fields } }, ...options })),
    );
    if (saved) this.closed.emit();
  }

  /** Deletes the goal with its indicators and values; the API refuses while it is an action's only goal. */
  protected async remove(): Promise<void> {
    const goal = this.goal();
    if (!goal) return;
    const removed = await this.flow.run(() => firstValueFrom(this.deleteGoal.mutate({ variables: { id: goal.id }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true })));
    if (removed) this.closed.emit();
  }

  /** After a conflict: load what is saved now, keep the user's input, and base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ThemePage'] }));
    this.baseVersion = this.goal()?.version ?? this.baseVersion;
  }
}
