import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { errorKeys, showsErrors } from '@regie/web/util';
import { map, of, startWith, switchMap } from 'rxjs';

export interface CheckboxOption {
  id: string;
  label: string;
}

/** A fieldset of checkboxes whose ticked ids are the value of one control (goals served, partners, municipalities). */
@Component({
  selector: 'regie-checkbox-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="utrecht-form-fieldset regie-checkbox-group" [class.utrecht-form-fieldset--invalid]="invalid()" [attr.aria-describedby]="invalid() ? groupId() + '-errors' : null">
      <legend class="utrecht-form-fieldset__legend">{{ legend() }}</legend>
      <div [id]="groupId() + '-errors'">
        @for (key of shownErrors(); track key) {
          <p class="utrecht-form-field__error-message utrecht-form-field-error-message">{{ key | translate }}</p>
        }
      </div>
      <div class="regie-checkbox-group__options" [class.regie-checkbox-group__options--columns]="columns()">
        @for (option of options(); track option.id) {
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <label class="utrecht-form-label utrecht-form-label--checkbox">
              <input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="ticked().has(option.id)" (change)="toggle(option.id, $event)" />
              {{ labelsAreKeys() ? (option.label | translate) : option.label }}
            </label>
          </div>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .regie-checkbox-group__options--columns { columns: 14rem auto; }
    .regie-checkbox-group__options .utrecht-form-field { break-inside: avoid; margin-block: 0 0.25rem; }
  `,
})
export class CheckboxGroup {
  readonly groupId = input.required<string>();
  /** Already translated. */
  readonly legend = input.required<string>();
  readonly options = input.required<readonly CheckboxOption[]>();
  readonly control = input.required<FormControl<string[]>>();
  /** When true the option labels are translation keys (fixed vocabularies), so they follow the language switch. */
  readonly labelsAreKeys = input(false);
  /** Long lists (municipalities) flow into columns. */
  readonly columns = input(false);

  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => (control ? control.events.pipe(startWith(null), map(() => ({ value: control.value, errors: control.errors, show: showsErrors(control) }))) : of(null))),
    ),
    { initialValue: null },
  );
  protected readonly ticked = computed(() => new Set(this.state()?.value ?? []));
  protected readonly invalid = computed(() => this.state()?.show ?? false);
  protected readonly shownErrors = computed(() => (this.invalid() ? errorKeys(this.state()?.errors ?? null) : []));

  protected toggle(id: string, event: Event): void {
    const control = this.control();
    const checked = (event.target as HTMLInputElement).checked;
    const value = control.value.filter((existing) => existing !== id);
    control.setValue(checked ? [...value, id] : value);
    control.markAsTouched();
  }
}
