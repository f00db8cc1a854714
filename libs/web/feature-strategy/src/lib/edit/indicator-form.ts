import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { IndicatorFieldsFragment } from '@regie/web/data-access';
import { CreateIndicatorGQL, DeleteIndicatorGQL, UpdateIndicatorGQL } from '@regie/web/data-access/strategy';
import { ConfirmDelete, FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export const CADENCES = ['YEARLY', 'HALF_YEARLY', 'TERTIAL', 'QUARTERLY', 'MONTHLY'] as const;
export const DIRECTIONS = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'] as const;
export const LEVELS = ['REGION', 'MUNICIPALITY'] as const;

export type EditableIndicator = Omit<IndicatorFieldsFragment, 'latestValue' | '__typename'>;

/**
 * Adds an indicator to a goal or changes one: what is measured, where, how often, from which baseline to
 * which target. Deleting asks once more in the page, because the indicator's measurements go with it.
 */
@Component({
  selector: 'regie-indicator-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl, ConfirmDelete],
  templateUrl: './indicator-form.html',
})
export class IndicatorForm {
  readonly goalId = input.required<string>();
  /** The indicator to change; without it the form adds one. */
  readonly indicator = input<EditableIndicator | null>(null);
  readonly closed = output<void>();

  private readonly createIndicator = inject(CreateIndicatorGQL);
  private readonly updateIndicator = inject(UpdateIndicatorGQL);
  private readonly deleteIndicator = inject(DeleteIndicatorGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('indicatorForm');

  protected readonly cadences = CADENCES;
  protected readonly directions = DIRECTIONS;
  protected readonly levels = LEVELS;
  protected readonly idPrefix = computed(() => `indicator-form-${this.indicator()?.id ?? this.goalId()}`);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    definition: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    unit: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(50)] }),
    level: new FormControl<string>('REGION', { nonNullable: true }),
    cadence: new FormControl<string>('QUARTERLY', { nonNullable: true }),
    direction: new FormControl<string>('LOWER_IS_BETTER', { nonNullable: true }),
    source: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    baseline: new FormControl<number | null>(null),
    baselinePeriod: new FormControl('', { nonNullable: true }),
    target: new FormControl<number | null>(null),
    targetDeadline: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const indicator = this.indicator();
      if (indicator) {
        this.form.reset({
          name: indicator.name,
          definition: indicator.definition ?? '',
          unit: indicator.unit ?? '',
          level: indicator.level,
          cadence: indicator.cadence,
          direction: indicator.direction,
          source: indicator.source ?? '',
          baseline: indicator.baseline ?? null,
          baselinePeriod: indicator.baselinePeriod ?? '',
          target: indicator.target ?? null,
          targetDeadline: indicator.targetDeadline ?? '',
        });
        this.baseVersion = indicator.version;
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus();
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const text = (field: string) => field.trim() || null;
    const fields = {
      name: value.name.trim(),
      definition: text(value.definition),
      unit: text(value.unit),
      level: value.level,
      cadence: value.cadence,
      direction: value.direction,
      source: text(value.source),
      baseline: value.baseline,
      baselinePeriod: text(value.baselinePeriod),
      target: value.target,
      targetDeadline: text(value.targetDeadline),
    };
    const indicator = this.indicator();
    const options = { refetchQueries: ['ThemePage'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() =>
      indicator
        ? firstValueFrom(this.updateIndicator.mutate({ variables: { input: { id: indicator.id, version: this.baseVersion ?? indicator.version, ...fields } }, ...options }))
        : firstValueFrom(this.createIndicator.mutate({ variables: { input: { goalId: this.goalId(), ...fields } }, ...options })),
    );
    if (saved) this.closed.emit();
  }

  protected async remove(): Promise<void> {
    const indicator = this.indicator();
    if (!indicator) return;
    const removed = await this.flow.run(() => firstValueFrom(this.deleteIndicator.mutate({ variables: { id: indicator.id }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true })));
    if (removed) this.closed.emit();
  }

  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ThemePage'] }));
    this.baseVersion = this.indicator()?.version ?? this.baseVersion;
  }
}
