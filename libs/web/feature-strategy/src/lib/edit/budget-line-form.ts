import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { AddBudgetLineGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { FieldProblem, Problem, applyFieldProblems, readProblem } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** Adds a budget line (year, funding source, committed and spent) to an action: the financial paragraph. */
@Component({
  selector: 'regie-budget-line-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  templateUrl: './budget-line-form.html',
})
export class BudgetLineForm {
  readonly actionId = input.required<string>();

  private readonly addBudgetLine = inject(AddBudgetLineGQL);

  protected readonly idPrefix = computed(() => `budget-${this.actionId()}`);
  protected readonly form = new FormGroup({
    year: new FormControl<number | null>(null, [Validators.required, Validators.min(2000), Validators.max(2100)]),
    fundingSource: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    committed: new FormControl<number | null>(null, [Validators.required, Validators.min(0)]),
    spent: new FormControl<number | null>(0, [Validators.min(0)]),
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatchedFields = signal<FieldProblem[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.saved.set(false);
    this.problem.set(null);
    this.unmatchedFields.set([]);
    const { year, fundingSource, committed, spent } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.addBudgetLine.mutate({
          variables: { input: { actionId: this.actionId(), year: year as number, fundingSource: fundingSource.trim(), committed: committed as number, spent: spent ?? 0 } },
          refetchQueries: ['ThemePage'],
          awaitRefetchQueries: true,
        }),
      );
      this.saved.set(true);
      this.form.reset({ year: null, fundingSource: '', committed: null, spent: 0 });
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'BAD_USER_INPUT') this.unmatchedFields.set(applyFieldProblems(this.form, problem.fields));
      else this.problem.set(problem);
    } finally {
      this.saving.set(false);
    }
  }
}
