import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { AddLocalFitCommentGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { Problem, readProblem } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** A remark on a fit assessment by the theme's driver, a co-driver or the bureau. */
@Component({
  selector: 'regie-local-fit-comment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  template: `
    <form class="regie-edit-form regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      @if (problem(); as problem) {
        <regie-alert type="error"><p class="utrecht-paragraph">{{ problem.messageKey | translate }}</p></regie-alert>
      }
      <regie-form-field [inputId]="'comment-' + assessmentId()" [label]="'localFit.comments.add' | translate" [control]="form.controls.body">
        <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" formControlName="body"></textarea>
      </regie-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="saving() || null">{{ 'localFit.comments.save' | translate }}</button>
    </form>
  `,
})
export class CommentForm {
  readonly assessmentId = input.required<string>();
  private readonly addComment = inject(AddLocalFitCommentGQL);
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(2000)] }),
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
    try {
      await firstValueFrom(this.addComment.mutate({ variables: { input: { assessmentId: this.assessmentId(), body: this.form.controls.body.value.trim() } }, refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true }));
      this.form.reset({ body: '' });
    } catch (error) {
      this.problem.set(readProblem(error));
    } finally {
      this.saving.set(false);
    }
  }
}
