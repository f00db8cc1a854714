import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateGoodPracticeGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { Problem, applyFieldProblems, readProblem } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** The bureau adds a good practice to the library. */
@Component({
  selector: 'regie-practice-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  template: `
    <form class="regie-edit-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      @if (problem(); as problem) {
        <regie-alert type="error"><p class="utrecht-paragraph">{{ problem.messageKey | translate }}</p></regie-alert>
      }
      <regie-form-field inputId="practice-title" [label]="'localFit.practices.titleLabel' | translate" [control]="form.controls.title">
        <input regieFieldControl class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="title" />
      </regie-form-field>
      <regie-form-field inputId="practice-description" [label]="'localFit.practices.description' | translate" [control]="form.controls.description">
        <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="3" formControlName="description"></textarea>
      </regie-form-field>
      <regie-form-field inputId="practice-contact" [label]="'localFit.practices.contact' | translate" [control]="form.controls.contact">
        <input regieFieldControl class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="contact" />
      </regie-form-field>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action utrecht-button--submit" [attr.aria-disabled]="saving() || null">{{ 'localFit.practices.save' | translate }}</button>
        <button type="button" class="utrecht-button utrecht-button--subtle" (click)="closed.emit()">{{ 'edit.cancel' | translate }}</button>
      </div>
    </form>
  `,
})
export class PracticeForm {
  readonly regionId = input.required<string>();
  readonly closed = output<void>();
  private readonly createPractice = inject(CreateGoodPracticeGQL);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(4000)] }),
    contact: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    const { title, description, contact } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.createPractice.mutate({ variables: { input: { regionId: this.regionId(), title: title.trim(), description: description.trim(), contact: contact.trim() || null } }, refetchQueries: ['GoodPractices'], awaitRefetchQueries: true }),
      );
      this.closed.emit();
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'BAD_USER_INPUT') applyFieldProblems(this.form, problem.fields);
      else this.problem.set(problem);
    } finally {
      this.saving.set(false);
    }
  }
}
