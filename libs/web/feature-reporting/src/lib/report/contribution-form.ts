import { ChangeDetectionStrategy, Component, afterNextRender, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ContributeToReportGQL } from '@regie/web/data-access/reporting';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { Problem } from '@regie/web/util';
import { runMutation } from '../shared/mutation';

/** A co-driver's contribution for their organisation: added once, changed later with its version. */
@Component({
  selector: 'regie-contribution-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  template: `
    <form class="regie-edit-form" [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-label]="'reporting.contributions.formLabel' | translate: { organisation: organisationName() }">
      @if (problem(); as problem) {
        <regie-alert [type]="problem.code === 'CONFLICT' ? 'warning' : 'error'"><p class="utrecht-paragraph">{{ (problem.code === 'CONFLICT' ? 'edit.conflict' : problem.messageKey) | translate }}</p></regie-alert>
      }
      @if (done()) {
        <regie-alert type="ok"><p class="utrecht-paragraph">{{ 'reporting.contributions.saved' | translate }}</p></regie-alert>
      }
      <regie-form-field [inputId]="'contribution-' + organisationId()" [label]="'reporting.contributions.textOf' | translate: { organisation: organisationName() }" [control]="form.controls.text">
        <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="4" formControlName="text"></textarea>
      </regie-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action">{{ 'reporting.contributions.save' | translate }}</button>
    </form>
  `,
})
export class ContributionForm {
  readonly reportId = input.required<string>();
  readonly organisationId = input.required<string>();
  readonly organisationName = input.required<string>();
  /** The organisation's contribution so far, if any. */
  readonly existing = input<{ text: string; version: number } | null>(null);

  private readonly contribute = inject(ContributeToReportGQL);
  protected readonly form = new FormGroup({ text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(20000)] }) });
  protected readonly problem = signal<Problem | null>(null);
  protected readonly done = signal(false);

  constructor() {
    afterNextRender(() => this.form.reset({ text: this.existing()?.text ?? '' }));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const input = { reportId: this.reportId(), organisationId: this.organisationId(), text: this.form.getRawValue().text.trim(), version: this.existing()?.version };
    const outcome = await runMutation(this.contribute.mutate({ variables: { input }, refetchQueries: ['ProgressReportPage'], awaitRefetchQueries: true }), this.form);
    this.problem.set(outcome.problem?.code === 'BAD_USER_INPUT' && !outcome.unmatched.length ? null : outcome.problem);
    this.done.set(!outcome.problem);
  }
}
