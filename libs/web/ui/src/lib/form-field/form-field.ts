import { ChangeDetectionStrategy, Component, Directive, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { errorKeys, showsErrors } from '@regie/web/util';
import { map, of, startWith, switchMap } from 'rxjs';

/**
 * A labelled form field in NL Design System markup: label, optional description, then the translated
 * errors of its control (client validators and server field errors alike), then the input. The input
 * carries `regieFieldControl`, which links it to the label, description and errors.
 */
@Component({
  selector: 'regie-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="utrecht-form-field utrecht-form-field--text" [class.utrecht-form-field--invalid]="invalid()">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" [for]="inputId()">{{ label() }}</label>
      </div>
      @if (description()) {
        <div class="utrecht-form-field__description utrecht-form-field-description" [id]="descriptionId()">{{ description() }}</div>
      }
      <div [id]="errorsId()">
        @for (key of shownErrors(); track key) {
          <p class="utrecht-form-field__error-message utrecht-form-field-error-message">{{ key | translate }}</p>
        }
      </div>
      <div class="utrecht-form-field__input"><ng-content /></div>
    </div>
  `,
})
export class FormField {
  readonly inputId = input.required<string>();
  /** Already translated, so the key-coverage test sees the key where it is used. */
  readonly label = input.required<string>();
  readonly description = input<string>('');
  readonly control = input.required<AbstractControl>();

  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => (control ? control.events.pipe(startWith(null), map(() => ({ errors: control.errors, show: showsErrors(control) }))) : of(null))),
    ),
    { initialValue: null },
  );

  readonly invalid = computed(() => this.state()?.show ?? false);
  readonly shownErrors = computed(() => (this.invalid() ? errorKeys(this.state()?.errors ?? null) : []));
  readonly descriptionId = computed(() => `${this.inputId()}-description`);
  readonly errorsId = computed(() => `${this.inputId()}-errors`);
  readonly describedBy = computed(() => [this.description() ? this.descriptionId() : null, this.invalid() ? this.errorsId() : null].filter(Boolean).join(' ') || null);
}

/** Put on the input inside a regie-form-field: gives it the field's id, description and error state. */
@Directive({
  selector: '[regieFieldControl]',
  host: {
    '[id]': 'field.inputId()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': "field.invalid() ? 'true' : null",
    '[class.utrecht-textbox--invalid]': 'field.invalid()',
    '[class.utrecht-select--invalid]': 'field.invalid()',
  },
})
export class FieldControl {
  protected readonly field = inject(FormField);
}
