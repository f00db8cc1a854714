import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { SAFETY_FIELDS, SafetyField } from '@regie/domain';
import { AddIvpPriorityGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** Adds a priority to the municipality's IVP, on a Kernbeleid Veiligheid safety field and, if it matches, a theme. */
@Component({
  selector: 'regie-ivp-priority-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  template: `
    <form #priorityForm class="regie-edit-form regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <regie-form-problems [flow]="flow" />
      <regie-form-field [inputId]="idPrefix() + '-title'" [label]="'localFit.ivp.priorityTitle' | translate" [control]="form.controls.title">
        <input regieFieldControl class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="title" />
      </regie-form-field>
      <regie-form-field [inputId]="idPrefix() + '-field'" [label]="'localFit.ivp.safetyField' | translate" [control]="form.controls.safetyField">
        <select regieFieldControl class="utrecht-select utrecht-select--html-select" formControlName="safetyField">
          @for (field of safetyFields; track field) {
            <option [value]="field">{{ 'theme.safetyFieldNames.' + field | translate }}</option>
          }
        </select>
      </regie-form-field>
      <regie-form-field [inputId]="idPrefix() + '-theme'" [label]="'localFit.ivp.theme' | translate" [control]="form.controls.themeId">
        <select regieFieldControl class="utrecht-select utrecht-select--html-select" formControlName="themeId">
          <option value="">{{ 'localFit.ivp.noTheme' | translate }}</option>
          @for (theme of themes(); track theme.id) {
            <option [value]="theme.id">{{ theme.name }}</option>
          }
        </select>
      </regie-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'localFit.ivp.addPriority' | translate }}</button>
    </form>
  `,
})
export class IvpPriorityForm {
  readonly ivpId = input.required<string>();
  readonly themes = input.required<ReadonlyArray<{ id: string; name: string }>>();
  private readonly addPriority = inject(AddIvpPriorityGQL);
  protected readonly safetyFields = SAFETY_FIELDS;
  protected readonly idPrefix = computed(() => `ivp-${this.ivpId()}`);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)] }),
    safetyField: new FormControl<SafetyField>('VEILIGE_WOON_EN_LEEFOMGEVING', { nonNullable: true }),
    themeId: new FormControl('', { nonNullable: true }),
  });
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('priorityForm');
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);

  protected async save(): Promise<void> {
    const { title, safetyField, themeId } = this.form.getRawValue();
    const saved = await this.flow.save(() =>
      firstValueFrom(this.addPriority.mutate({ variables: { input: { ivpId: this.ivpId(), title: title.trim(), safetyField, themeId: themeId || null } }, refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true })),
    );
    if (saved) this.form.reset({ title: '', safetyField: 'VEILIGE_WOON_EN_LEEFOMGEVING', themeId: '' });
  }
}
