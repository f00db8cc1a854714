import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ADOPTION_STATES, AdoptionState, adoptionProblems } from '@regie/domain';
import { SetPracticeAdoptionGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow, setErrorKey } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { Adoption } from './good-practices-store';

/** A municipality official records where the own municipality stands with a practice. */
@Component({
  selector: 'regie-adoption-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  template: `
    <form #adoptionForm class="regie-edit-form regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <regie-form-problems [flow]="flow" (reload)="reload()" />
      @if (flow.state() === 'saved') {
        <p class="utrecht-paragraph" role="status">{{ 'localFit.adoption.saved' | translate }}</p>
      }
      <regie-form-field [inputId]="idPrefix() + '-state'" [label]="'localFit.adoption.stateOf' | translate: { name: municipalityName() }" [control]="form.controls.state">
        <select regieFieldControl class="utrecht-select utrecht-select--html-select" formControlName="state">
          @for (state of states; track state) {
            <option [value]="state">{{ 'localFit.adoption.' + state | translate }}</option>
          }
        </select>
      </regie-form-field>
      @if (form.controls.state.value === 'STOPPED') {
        <regie-form-field [inputId]="idPrefix() + '-reason'" [label]="'localFit.adoption.stoppedReason' | translate" [control]="form.controls.stoppedReason">
          <textarea regieFieldControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" formControlName="stoppedReason"></textarea>
        </regie-form-field>
      }
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="flow.blocked() || null">{{ 'localFit.adoption.save' | translate }}</button>
    </form>
  `,
})
export class AdoptionForm {
  readonly practiceId = input.required<string>();
  readonly municipalityId = input.required<string>();
  readonly municipalityName = input.required<string>();
  readonly adoption = input<Adoption | null>(null);

  private readonly setAdoption = inject(SetPracticeAdoptionGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('adoptionForm');
  protected readonly states = ADOPTION_STATES;
  protected readonly idPrefix = computed(() => `adoption-${this.practiceId()}`);
  protected readonly form = new FormGroup({
    state: new FormControl<AdoptionState>('NOT_STARTED', { nonNullable: true }),
    stoppedReason: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  private baseVersion: number | null = null;
  private initialised = false;

  constructor() {
    // Fill the form once from the saved record; later refetches must not overwrite what the user typed.
    effect(() => {
      const adoption = this.adoption();
      if (this.initialised) return;
      this.initialised = true;
      if (adoption) this.form.reset({ state: adoption.state as AdoptionState, stoppedReason: adoption.stoppedReason ?? '' });
      this.baseVersion = adoption?.version ?? null;
    });
  }

  protected async save(): Promise<void> {
    const { state, stoppedReason } = this.form.getRawValue();
    // The reason rule depends on the state, so an earlier message is cleared first: once the state is no
    // longer "stopped" the (then hidden) reason must not block the save.
    this.form.controls.stoppedReason.updateValueAndValidity();
    for (const problem of adoptionProblems({ state, stoppedReason })) setErrorKey(this.form.controls.stoppedReason, problem.messageKey);
    await this.flow.save(async () => {
      const result = await firstValueFrom(
        this.setAdoption.mutate({
          variables: { input: { practiceId: this.practiceId(), municipalityId: this.municipalityId(), state, stoppedReason: state === 'STOPPED' ? stoppedReason.trim() : null, version: this.baseVersion } },
          refetchQueries: ['GoodPractices'],
          awaitRefetchQueries: true,
        }),
      );
      this.baseVersion = result.data?.setPracticeAdoption.version ?? this.baseVersion;
    });
  }

  /** After a conflict: base the next save on what is saved now, keeping the user's choice. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['GoodPractices'] }));
    this.baseVersion = this.adoption()?.version ?? null;
  }
}
