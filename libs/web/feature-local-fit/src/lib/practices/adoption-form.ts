import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { ADOPTION_STATES, AdoptionState, adoptionProblems } from '@regie/domain';
import { SetPracticeAdoptionGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { Problem, applyFieldProblems, readProblem, setErrorKey } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { Adoption } from './good-practices-store';

/** A municipality official records where the own municipality stands with a practice. */
@Component({
  selector: 'regie-adoption-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  template: `
    <form class="regie-edit-form regie-print-hidden" [formGroup]="form" (ngSubmit)="save()" novalidate>
      @if (conflict()) {
        <regie-alert type="warning">
          <p class="utrecht-paragraph">{{ 'edit.conflict' | translate }}</p>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="reload()">{{ 'edit.reload' | translate }}</button>
        </regie-alert>
      }
      @if (problem(); as problem) {
        <regie-alert type="error"><p class="utrecht-paragraph">{{ problem.messageKey | translate }}</p></regie-alert>
      }
      @if (saved()) {
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
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="saving() || conflict() || null">{{ 'localFit.adoption.save' | translate }}</button>
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
  protected readonly states = ADOPTION_STATES;
  protected readonly idPrefix = computed(() => `adoption-${this.practiceId()}`);
  protected readonly form = new FormGroup({
    state: new FormControl<AdoptionState>('NOT_STARTED', { nonNullable: true }),
    stoppedReason: new FormControl('', { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly conflict = signal(false);
  protected readonly problem = signal<Problem | null>(null);
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
    if (this.saving() || this.conflict()) return;
    const { state, stoppedReason } = this.form.getRawValue();
    const problems = adoptionProblems({ state, stoppedReason });
    for (const problem of problems) setErrorKey(this.form.controls.stoppedReason, problem.messageKey);
    if (problems.length) return;
    this.saving.set(true);
    this.saved.set(false);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.setAdoption.mutate({
          variables: { input: { practiceId: this.practiceId(), municipalityId: this.municipalityId(), state, stoppedReason: state === 'STOPPED' ? stoppedReason.trim() : null, version: this.baseVersion } },
          refetchQueries: ['GoodPractices'],
          awaitRefetchQueries: true,
        }),
      );
      this.baseVersion = result.data?.setPracticeAdoption.version ?? this.baseVersion;
      this.saved.set(true);
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'CONFLICT') this.conflict.set(true);
      else if (problem.code === 'BAD_USER_INPUT') applyFieldProblems(this.form, problem.fields);
      else this.problem.set(problem);
    } finally {
      this.saving.set(false);
    }
  }

  /** After a conflict: base the next save on what is saved now, keeping the user's choice. */
  protected async reload(): Promise<void> {
    await this.apollo.client.refetchQueries({ include: ['GoodPractices'] });
    this.baseVersion = this.adoption()?.version ?? null;
    this.conflict.set(false);
  }
}
