import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { todayIso } from '@regie/domain';
import { MilestoneFieldsFragment } from '@regie/web/data-access';
import { AddMilestoneGQL, UpdateMilestoneGQL } from '@regie/web/data-access/strategy';
import { FieldControl, FormField, FormProblems, RegieDatePipe } from '@regie/web/ui';
import { Language, SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** The milestones of one action, due date first; editors add milestones and mark them done. */
@Component({
  selector: 'regie-action-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, RegieDatePipe],
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
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('milestoneForm');

  protected readonly sorted = computed(() => [...this.milestones()].sort((a, b) => a.dueOn.localeCompare(b.dueOn)));
  protected readonly idPrefix = computed(() => `milestone-${this.actionId()}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async add(): Promise<void> {
    const { title, dueOn } = this.form.getRawValue();
    const added = await this.flow.save(() =>
      firstValueFrom(this.addMilestone.mutate({ variables: { input: { actionId: this.actionId(), title: title.trim(), dueOn } }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true })),
    );
    if (added) this.form.reset();
  }

  protected async markDone(milestone: MilestoneFieldsFragment): Promise<void> {
    await this.flow.run(() =>
      firstValueFrom(this.updateMilestone.mutate({ variables: { input: { id: milestone.id, version: milestone.version, doneOn: todayIso() } }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true })),
    );
  }

  /** After a conflict: show what is saved now; the user decides again on the newest milestones. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ThemePage'] }));
  }
}
