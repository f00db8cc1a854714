import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { HandleOverlapSignalGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/**
 * The bureau marks an open overlap signal "besproken/afgehandeld" with a note. If someone else marked it
 * meanwhile the API answers CONFLICT; the note stays in the form and the signals can be reloaded.
 */
@Component({
  selector: 'regie-overlap-handling-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  template: `
    <form #handlingForm class="regie-edit-form regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <regie-form-problems [flow]="flow" [reloadedMessage]="'localFit.overlap.reloaded' | translate" (reload)="reload()" />
      <regie-form-field [inputId]="'overlap-note-' + signalKey()" [label]="'localFit.overlap.note' | translate" [control]="form.controls.note">
        <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" formControlName="note"></textarea>
      </regie-form-field>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'localFit.overlap.markHandled' | translate }}</button>
        <button type="button" class="utrecht-button utrecht-button--subtle" (click)="closed.emit()">{{ 'edit.cancel' | translate }}</button>
      </div>
    </form>
  `,
})
export class OverlapHandlingForm {
  readonly signalKey = input.required<string>();
  readonly closed = output<void>();

  private readonly handleSignal = inject(HandleOverlapSignalGQL);
  private readonly apollo = inject(Apollo);
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(2), Validators.maxLength(2000)] }),
  });
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('handlingForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    const note = this.form.controls.note.value.trim();
    const saved = await this.flow.save(() =>
      firstValueFrom(this.handleSignal.mutate({ variables: { input: { signalKey: this.signalKey(), note } }, refetchQueries: ['OverlapSignals'], awaitRefetchQueries: true })),
    );
    if (saved) this.closed.emit();
  }

  protected reload(): Promise<void> {
    return this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['OverlapSignals'] }));
  }
}
