import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { AddMilestoneGQL, MilestoneFieldsFragment, UpdateMilestoneGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField, RegieDatePipe } from '@regie/web/ui';
import { FieldProblem, Language, Problem, applyFieldProblems, readProblem } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Today as an ISO date in the user's time zone. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The milestones of one action, due date first; editors add milestones and mark them done. */
@Component({
  selector: 'regie-action-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl, RegieDatePipe],
  templateUrl: './action-milestones.html',
})
export class ActionMilestones {
  readonly actionId = input.required<string>();
  readonly milestones = input.required<readonly MilestoneFieldsFragment[]>();
  readonly canEdit = input(false);
  readonly language = input.required<Language>();

  private readonly addMilestone = inject(AddMilestoneGQL);
  private readonly updateMilestone = inject(UpdateMilestoneGQL);
  private readonly apollo = inject(Apollo);

  protected readonly sorted = computed(() => [...this.milestones()].sort((a, b) => a.dueOn.localeCompare(b.dueOn)));
  protected readonly idPrefix = computed(() => `milestone-${this.actionId()}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly conflict = signal(false);
  protected readonly unmatchedFields = signal<FieldProblem[]>([]);

  protected async add(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, dueOn } = this.form.getRawValue();
    await this.run(async () => {
      await firstValueFrom(this.addMilestone.mutate({ variables: { input: { actionId: this.actionId(), title: title.trim(), dueOn } }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true }));
      this.form.reset();
    });
  }

  protected async markDone(milestone: MilestoneFieldsFragment): Promise<void> {
    if (this.busy()) return;
    await this.run(async () => {
      await firstValueFrom(
        this.updateMilestone.mutate({ variables: { input: { id: milestone.id, version: milestone.version, doneOn: today() } }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true }),
      );
    });
  }

  /** After a conflict: show what is saved now; the user decides again on the newest milestones. */
  protected async reload(): Promise<void> {
    await this.apollo.client.refetchQueries({ include: ['ThemePage'] });
    this.conflict.set(false);
  }

  private async run(change: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.conflict.set(false);
    this.unmatchedFields.set([]);
    try {
      await change();
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'CONFLICT') this.conflict.set(true);
      else if (problem.code === 'BAD_USER_INPUT') this.unmatchedFields.set(applyFieldProblems(this.form, problem.fields));
      else this.problem.set(problem);
    } finally {
      this.busy.set(false);
    }
  }
}
