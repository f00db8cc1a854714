import { ChangeDetectionStrategy, Component, ElementRef, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { AddLocalFitCommentGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** A remark on a fit assessment by the theme's driver, a co-driver or the bureau. */
@Component({
  selector: 'regie-local-fit-comment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  template: `
    <form #commentForm class="regie-edit-form regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <regie-form-problems [flow]="flow" />
      <regie-form-field [inputId]="'comment-' + assessmentId()" [label]="'localFit.comments.add' | translate" [control]="form.controls.body">
        <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" formControlName="body"></textarea>
      </regie-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'localFit.comments.save' | translate }}</button>
    </form>
  `,
})
export class CommentForm {
  readonly assessmentId = input.required<string>();
  private readonly addComment = inject(AddLocalFitCommentGQL);
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(2000)] }),
  });
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('commentForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    const saved = await this.flow.save(() =>
      firstValueFrom(this.addComment.mutate({ variables: { input: { assessmentId: this.assessmentId(), body: this.form.controls.body.value.trim() } }, refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true })),
    );
    if (saved) this.form.reset({ body: '' });
  }
}
