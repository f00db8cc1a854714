import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ActionSummaryFragment } from '@regie/web/data-access';
import { AddCapacityGQL, DeleteCapacityGQL } from '@regie/web/data-access/strategy';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { Language, SaveFlow, formatNumber } from '@regie/web/util';
import { PERIOD_PATTERN } from '@regie/domain';
import { firstValueFrom } from 'rxjs';
import { PlanOptionsStore } from './plan-options';

type Commitment = ActionSummaryFragment['capacity'][number];

/**
 * The capacity partners commit to one action, per period (hours or FTE): listed by period so a
 * four-year action is not read as four times the people; editors add and remove commitments.
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
