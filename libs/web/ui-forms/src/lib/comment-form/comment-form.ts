import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { SaveFlow } from '@regie/web/util';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';

/**
 * A remark added to a record — a fit assessment's comment by the theme's driver, a co-driver or the bureau,
 * on the municipality's page or on the theme page. The caller sends it (its own mutation and refetch), so the
 * form stays free of any one API; errors and retries go through the shared SaveFlow.
 */
@Component({
  selector: 'regie-comment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormProblems, FormField, FieldControl],
  template: `
    <form #commentForm class="regie-edit-form regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <regie-form-problems [flow]="flow" />
      <regie-form-field [inputId]="'comment-' + subjectId()" [label]="label()" [control]="form.controls.body">
        <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" formControlName="body"></textarea>
      </regie-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="flow.blocked() || null">{{ submitLabel() }}</button>
    </form>
  `,
})
export class CommentForm {
  /** The record commented on; also makes the field's id unique when several records have a form. */
  readonly subjectId = input.required<string>();
  readonly label = input.required<string>();
  readonly submitLabel = input.required<string>();
  /** Sends the trimmed text; the promise settles when the server has answered (and the caller has refetched). */
  readonly send = input.required<(subjectId: string, body: string) => Promise<unknown>>();

  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(2000)] }),
  });
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('commentForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    const saved = await this.flow.save(() => this.send()(this.subjectId(), this.form.controls.body.value.trim()));
    if (saved) this.form.reset({ body: '' });
  }
}
