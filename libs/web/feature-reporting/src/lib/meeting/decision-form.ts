import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { DECISION_KINDS } from '@regie/domain';
import { RecordDecisionGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { Problem } from '@regie/web/util';
import { runMutation } from '../shared/mutation';

/** Records a decision on an agenda item; an assignment or commitment needs an owner and a due date. */
@Component({
  selector: 'regie-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  templateUrl: './decision-form.html',
})
export class DecisionForm {
  readonly agendaItemId = input.required<string>();
  readonly owners = input.required<ReadonlyArray<{ id: string; name: string }>>();
  private readonly record = inject(RecordDecisionGQL);

  protected readonly kinds = DECISION_KINDS;
  protected readonly idPrefix = computed(() => `decision-${this.agendaItemId()}`);
  protected readonly form = new FormGroup({
    kind: new FormControl<string>('KENNISNEMEN', { nonNullable: true, validators: [Validators.required] }),
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)] }),
    ownerPersonId: new FormControl('', { nonNullable: true }),
    dueOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly problem = signal<Problem | null>(null);
  protected readonly done = signal(false);

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const input = { agendaItemId: this.agendaItemId(), kind: value.kind, text: value.text.trim(), ownerPersonId: value.ownerPersonId || null, dueOn: value.dueOn || null };
    const outcome = await runMutation(this.record.mutate({ variables: { input }, refetchQueries: ['CollegeMeetingPage'], awaitRefetchQueries: true }), this.form);
    this.problem.set(outcome.problem?.code === 'BAD_USER_INPUT' && !outcome.unmatched.length ? null : outcome.problem);
    this.done.set(!outcome.problem);
    if (!outcome.problem) this.form.reset({ kind: 'KENNISNEMEN', text: '', ownerPersonId: '', dueOn: '' });
  }
}
