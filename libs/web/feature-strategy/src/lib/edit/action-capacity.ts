import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ActionSummaryFragment, SessionStore } from '@regie/web/data-access';
import { AddCapacityGQL, DeleteCapacityGQL, UpdateCapacityGQL } from '@regie/web/data-access/strategy';
import { Apollo } from 'apollo-angular';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { Language, SaveFlow, formatNumber } from '@regie/web/util';
import { PERIOD_PATTERN } from '@regie/domain';
import { firstValueFrom } from 'rxjs';
import { PlanOptionsStore } from './plan-options';

type Commitment = ActionSummaryFragment['capacity'][number];

/**
 * The capacity partners commit to one action, per period (hours or FTE), with what they realised: listed by
 * period so a four-year action is not read as four times the people. Editors add and remove commitments;
 * whoever the shared policy lets update a line (the plan keepers, or the partner for its own line) changes
 * its committed and realised amount.
 */
@Component({
  selector: 'regie-action-capacity',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  providers: [PlanOptionsStore],
  templateUrl: './action-capacity.html',
})
export class ActionCapacity {
  readonly actionId = input.required<string>();
  readonly regionId = input.required<string>();
  readonly capacity = input.required<readonly Commitment[]>();
  readonly canEdit = input(false);
  readonly language = input.required<Language>();
  /** The theme of the action, for the policy's scope; without it only `canEdit` decides. */
  readonly themeId = input<string | null>(null);
  /** Which pages to refetch after a change. */
  readonly refetch = input<string[]>(['ThemePage']);

  private readonly session = inject(SessionStore);
  private readonly apollo = inject(Apollo);
  private readonly updateCapacity = inject(UpdateCapacityGQL);
  private readonly addCapacity = inject(AddCapacityGQL);
  private readonly deleteCapacity = inject(DeleteCapacityGQL);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('capacityForm');
  protected readonly optionsStore = inject(PlanOptionsStore);

  protected readonly sorted = computed(() => [...this.capacity()].sort((a, b) => a.period.localeCompare(b.period) || a.organisation.name.localeCompare(b.organisation.name)));
  protected readonly idPrefix = computed(() => `capacity-${this.actionId()}`);
  protected readonly form = new FormGroup({
    organisationId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    period: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(PERIOD_PATTERN)] }),
    amount: new FormControl<number | null>(null, [Validators.required, Validators.min(0)]),
    unit: new FormControl<'FTE' | 'HOURS'>('FTE', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  protected readonly formatNumber = formatNumber;

  /** The line being changed, if any. */
  protected readonly editingId = signal<string | null>(null);
  private readonly editElement = viewChild<ElementRef<HTMLFormElement>>('capacityEditForm');
  protected readonly editForm = new FormGroup({
    amount: new FormControl<number | null>(null, [Validators.required, Validators.min(0), Validators.max(100_000)]),
    realisedAmount: new FormControl<number | null>(null, [Validators.min(0), Validators.max(100_000)]),
  });
  protected readonly editFlow = new SaveFlow(this.editForm, () => this.editElement()?.nativeElement);
  protected readonly anyUpdatable = computed(() => this.sorted().some((line) => this.mayUpdate(line)));

  /** Whether the shared policy lets the user change this line (a partner: its own organisation's). */
  protected mayUpdate(line: Commitment): boolean {
    if (this.canEdit()) return true;
    const themeId = this.themeId();
    return themeId ? this.session.can('update', 'CapacityCommitment', { regionId: this.regionId(), themeId, organisationId: line.organisation.id }) : false;
  }

  protected startEdit(line: Commitment): void {
    this.editForm.reset({ amount: line.amount, realisedAmount: line.realisedAmount });
    this.editFlow.state.set('editing');
    this.editFlow.problem.set(null);
    this.editingId.set(line.id);
  }

  protected async saveEdit(line: Commitment): Promise<void> {
    const { amount, realisedAmount } = this.editForm.getRawValue();
    const saved = await this.editFlow.save(() =>
      firstValueFrom(
        this.updateCapacity.mutate({
          variables: { input: { id: line.id, version: line.version, amount: amount as number, realisedAmount: realisedAmount ?? null } },
          refetchQueries: this.refetch(),
          awaitRefetchQueries: true,
        }),
      ),
    );
    if (saved) this.editingId.set(null);
  }

  /** After a conflict: show what is saved now and start again from it. */
  protected async reloadEdit(): Promise<void> {
    await this.editFlow.reload(() => this.apollo.client.refetchQueries({ include: this.refetch() }));
  }

  protected readonly editing = computed(() => this.sorted().find((line) => line.id === this.editingId()) ?? null);

  constructor() {
    effect(() => this.optionsStore.regionId.set(this.regionId()));
  }

  protected async add(): Promise<void> {
    const { organisationId, period, amount, unit, note } = this.form.getRawValue();
    const saved = await this.flow.save(() =>
      firstValueFrom(
        this.addCapacity.mutate({
          variables: { input: { actionId: this.actionId(), organisationId, period: period.trim(), amount: amount as number, unit, note: note.trim() || null } },
          refetchQueries: ['ThemePage'],
          awaitRefetchQueries: true,
        }),
      ),
    );
    if (saved) this.form.reset({ organisationId, period: '', amount: null, unit, note: '' });
  }

  protected async remove(commitment: Commitment): Promise<void> {
    await this.flow.run(() => firstValueFrom(this.deleteCapacity.mutate({ variables: { id: commitment.id }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true })));
  }
}
