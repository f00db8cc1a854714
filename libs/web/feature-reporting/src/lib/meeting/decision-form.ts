import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { DECISION_KINDS } from '@regie/domain';
import { RecordDecisionGQL } from '@regie/web/data-access/reporting';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** Records a decision on an agenda item; an assignment or commitment needs an owner and a due date. */
@Component({
  selector: 'regie-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './decision-form.html',
})
export class DecisionForm {
  readonly agendaItemId = input.required<string>();
  readonly owners = input.required<ReadonlyArray<{ id: string; name: string }>>();
  private readonly record = inject(RecordDecisionGQL);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('decisionForm');

  protected readonly kinds = DECISION_KINDS;
  protected readonly idPrefix = computed(() => `decision-${this.agendaItemId()}`);
  protected readonly form = new FormGroup({
    kind: new FormControl<string>('KENNISNEMEN', { nonNullable: true, validators: [Validators.required] }),
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)] }),
    ownerPersonId: new FormControl('', { nonNullable: true }),
    dueOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const input = { agendaItemId: this.agendaItemId(), kind: value.kind, text: value.text.trim(), ownerPersonId: value.ownerPersonId || null, dueOn: value.dueOn || null };
    const saved = await this.flow.save(() => firstValueFrom(this.record.mutate({ variables: { input }, refetchQueries: ['CollegeMeetingPage'], awaitRefetchQueries: true })));
    if (saved) this.form.reset({ kind: 'KENNISNEMEN', text: '', ownerPersonId: '', dueOn: '' });
  }
}
