import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { asSubject, todayIso } from '@regie/domain';
import { MilestoneFieldsFragment, SessionStore } from '@regie/web/data-access';
import { AddMilestoneGQL, UpdateMilestoneGQL } from '@regie/web/data-access/strategy';
import { FieldControl, FormField, FormProblems, RegieDatePipe } from '@regie/web/ui';
import { Language, SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/**
 * The milestones of one action, due date first, with the organisation responsible. Editors add milestones;
 * whoever the shared policy lets change a milestone's dates (the plan keepers, or the partner responsible
 * for it) marks it done and moves its due date.
 */
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
  /** The action's region and theme, for the policy's scope; without them only `canEdit` decides. */
  readonly regionId = input<string | null>(null);
  readonly themeId = input<string | null>(null);
  /** Which pages to refetch after a change. */
  readonly refetch = input<string[]>(['ThemePage']);

  private readonly session = inject(SessionStore);

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

  /** Whether the shared policy lets the user change this milestone's dates (a partner: its own milestone). */
  protected mayChangeDates(milestone: MilestoneFieldsFragment): boolean {
    if (this.canEdit()) return true;
    const regionId = this.regionId();
    const themeId = this.themeId();
    if (!regionId || !themeId) return false;
    const subject = asSubject('Milestone', { regionId, themeId, organisationId: milestone.organisation?.id ?? null });
    const ability = this.session.ability();
    return ability.can('update', subject, 'doneOn') && ability.can('update', subject, 'dueOn');
  }

  protected async markDone(milestone: MilestoneFieldsFragment): Promise<void> {
    await this.flow.run(() =>
      firstValueFrom(this.updateMilestone.mutate({ variables: { input: { id: milestone.id, version: milestone.version, doneOn: todayIso() } }, refetchQueries: this.refetch(), awaitRefetchQueries: true })),
    );
  }

  /** The milestone whose due date is being moved, if any. */
  protected readonly movingId = signal<string | null>(null);
  private readonly moveElement = viewChild<ElementRef<HTMLFormElement>>('milestoneMoveForm');
  protected readonly moveForm = new FormGroup({ dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }) });
  protected readonly moveFlow = new SaveFlow(this.moveForm, () => this.moveElement()?.nativeElement);
  protected readonly moving = computed(() => this.sorted().find((milestone) => milestone.id === this.movingId()) ?? null);

  protected startMove(milestone: MilestoneFieldsFragment): void {
    this.moveForm.reset({ dueOn: milestone.dueOn });
    this.moveFlow.state.set('editing');
    this.moveFlow.problem.set(null);
    this.movingId.set(milestone.id);
  }

  protected async move(milestone: MilestoneFieldsFragment): Promise<void> {
    const { dueOn } = this.moveForm.getRawValue();
    const moved = await this.moveFlow.save(() =>
      firstValueFrom(this.updateMilestone.mutate({ variables: { input: { id: milestone.id, version: milestone.version, dueOn } }, refetchQueries: this.refetch(), awaitRefetchQueries: true })),
    );
    if (moved) this.movingId.set(null);
  }

  protected async reloadMove(): Promise<void> {
    await this.moveFlow.reload(() => this.apollo.client.refetchQueries({ include: this.refetch() }));
  }

  /** After a conflict: show what is saved now; the user decides again on the newest milestones. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: this.refetch() }));
  }
}
