import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { AddBudgetLineGQL } from '@regie/web/data-access/strategy';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** Adds a budget line (year, funding source, committed and spent) to an action: the financial paragraph. */
@Component({
  selector: 'regie-budget-line-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './budget-line-form.html',
})
export class BudgetLineForm {
  readonly actionId = input.required<string>();

  private readonly addBudgetLine = inject(AddBudgetLineGQL);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('budgetForm');

  protected readonly idPrefix = computed(() => `budget-${this.actionId()}`);
  protected readonly form = new FormGroup({
    year: new FormControl<number | null>(null, [Validators.required, Validators.min(2000), Validators.max(2100)]),
    fundingSource: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    committed: new FormControl<number | null>(null, [Validators.required, Validators.min(0)]),
    spent: new FormControl<number | null>(0, [Validators.min(0)]),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    const { year, fundingSource, committed, spent } = this.form.getRawValue();
    const saved = await this.flow.save(() =>
      firstValueFrom(
        this.addBudgetLine.mutate({
          variables: { input: { actionId: this.actionId(), year: year as number, fundingSource: fundingSource.trim(), committed: committed as number, spent: spent ?? 0 } },
          refetchQueries: ['ThemePage'],
          awaitRefetchQueries: true,
        }),
      ),
    );
    if (saved) this.form.reset({ year: null, fundingSource: '', committed: null, spent: 0 });
  }
}
