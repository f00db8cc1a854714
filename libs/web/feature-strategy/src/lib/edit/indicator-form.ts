import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateIndicatorGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { FieldProblem, Problem, applyFieldProblems, readProblem } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

export const CADENCES = ['YEARLY', 'HALF_YEARLY', 'TERTIAL', 'QUARTERLY', 'MONTHLY'] as const;
export const DIRECTIONS = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'] as const;

/** Adds an indicator to a goal: what is measured, how often, from which baseline to which target. */
@Component({
  selector: 'regie-indicator-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  templateUrl: './indicator-form.html',
})
export class IndicatorForm {
  readonly goalId = input.required<string>();
  readonly closed = output<void>();

  private readonly createIndicator = inject(CreateIndicatorGQL);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('indicatorForm');

  protected readonly cadences = CADENCES;
  protected readonly directions = DIRECTIONS;
  protected readonly idPrefix = computed(() => `indicator-form-${this.goalId()}`);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    definition: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    unit: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(50)] }),
    cadence: new FormControl<string>('QUARTERLY', { nonNullable: true }),
    direction: new FormControl<string>('LOWER_IS_BETTER', { nonNullable: true }),
    source: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    baseline: new FormControl<number | null>(null),
    baselinePeriod: new FormControl('', { nonNullable: true }),
    target: new FormControl<number | null>(null),
    targetDeadline: new FormControl('', { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatchedFields = signal<FieldProblem[]>([]);

  constructor() {
    afterNextRender(() => this.formElement()?.nativeElement.querySelector<HTMLElement>('input')?.focus());
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.unmatchedFields.set([]);
    const value = this.form.getRawValue();
    const text = (field: string) => field.trim() || null;
    try {
      await firstValueFrom(
        this.createIndicator.mutate({
          variables: {
            input: {
              goalId: this.goalId(),
              name: value.name.trim(),
              definition: text(value.definition),
              unit: text(value.unit),
              cadence: value.cadence,
              direction: value.direction,
              level: 'REGION',
              source: text(value.source),
              baseline: value.baseline,
              baselinePeriod: text(value.baselinePeriod),
              target: value.target,
              targetDeadline: text(value.targetDeadline),
            },
          },
          refetchQueries: ['ThemePage'],
          awaitRefetchQueries: true,
        }),
      );
      this.closed.emit();
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'BAD_USER_INPUT') {
        this.unmatchedFields.set(applyFieldProblems(this.form, problem.fields));
        this.focusFirstInvalid();
      } else {
        this.problem.set(problem);
      }
    } finally {
      this.saving.set(false);
    }
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.formElement()?.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }
}
