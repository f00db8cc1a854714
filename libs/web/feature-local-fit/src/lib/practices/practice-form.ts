import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateGoodPracticeGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** The bureau adds a good practice to the library. */
@Component({
  selector: 'regie-practice-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  template: `
    <form #practiceForm class="regie-edit-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <regie-form-problems [flow]="flow" />
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
        <button type="submit" class="utrecht-button utrecht-button--primary-action utrecht-button--submit" [attr.aria-disabled]="flow.blocked() || null">{{ 'localFit.practices.save' | translate }}</button>
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
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('practiceForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    const { title, description, contact } = this.form.getRawValue();
    const saved = await this.flow.save(() =>
      firstValueFrom(
        this.createPractice.mutate({ variables: { input: { regionId: this.regionId(), title: title.trim(), description: description.trim(), contact: contact.trim() || null } }, refetchQueries: ['GoodPractices'], awaitRefetchQueries: true }),
      ),
    );
    if (saved) this.closed.emit();
  }
}
