import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FIT_VERDICTS, FitVerdict, fitAssessmentProblems } from '@regie/domain';
import { CreateLocalFitAssessmentGQL, UpdateLocalFitAssessmentGQL } from '@regie/web/data-access/local-fit';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow, setErrorKey } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { Assessment } from './our-municipality-store';

const REASONS = ['reasonProblemSize', 'reasonIvpMatch', 'reasonCapacity', 'adaptationAsked'] as const;

/**
 * Records whether a theme fits the municipality: the verdict, the reasons and the adaptation asked. Revises
 * the newest assessment, records the first one, or — renewing — records a new one for this cycle, pre-filled
 * from the previous one (which stays as history). A stale save keeps the input and offers the newest.
 */
@Component({
  selector: 'regie-fit-assessment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './fit-assessment-form.html',
  styleUrl: '../shared/local-fit.css',
})
export class FitAssessmentForm {
  readonly municipalityId = input.required<string>();
  readonly themeId = input.required<string>();
  readonly assessment = input<Assessment | null>(null);
  /** The cycle a new assessment is recorded for (today's cycle, from the API). */
  readonly cycle = input.required<string>();
  /** Start a new assessment for `cycle`, pre-filled from `assessment`, instead of revising it. */
  readonly renew = input(false);
  readonly closed = output<void>();

  private readonly createAssessment = inject(CreateLocalFitAssessmentGQL);
  private readonly updateAssessment = inject(UpdateLocalFitAssessmentGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('fitForm');

  protected readonly verdicts = FIT_VERDICTS;
  protected readonly idPrefix = computed(() => `fit-${this.themeId()}`);
  protected readonly form = new FormGroup({
    verdict: new FormControl<FitVerdict>('FITS', { nonNullable: true }),
    reasonProblemSize: new FormControl('', { nonNullable: true }),
    reasonIvpMatch: new FormControl('', { nonNullable: true }),
    reasonCapacity: new FormControl('', { nonNullable: true }),
    adaptationAsked: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const assessment = this.assessment();
      if (assessment) {
        this.form.reset({
          verdict: assessment.verdict as FitVerdict,
          reasonProblemSize: assessment.reasonProblemSize ?? '',
          reasonIvpMatch: assessment.reasonIvpMatch ?? '',
          reasonCapacity: assessment.reasonCapacity ?? '',
          adaptationAsked: assessment.adaptationAsked ?? '',
        });
        if (!this.renew()) this.baseVersion = assessment.version;
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input:checked')?.focus();
    });
  }

  protected async save(): Promise<void> {
    const values = this.form.getRawValue();
    // The same rule the API applies, explained before sending. It spans fields, so an earlier verdict's
    // message is cleared first: it must not block a save once the verdict or the reasons have changed.
    for (const field of REASONS) this.form.controls[field].updateValueAndValidity();
    for (const problem of fitAssessmentProblems(values)) setErrorKey(this.form.controls[problem.field as (typeof REASONS)[number]], problem.messageKey);
    const reasons = Object.fromEntries(REASONS.map((field) => [field, values[field].trim() || null]));
    const assessment = this.assessment();
    const options = { refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true };
    const saved = await this.flow.save(() => {
      if (assessment && !this.renew()) {
        return firstValueFrom(this.updateAssessment.mutate({ variables: { input: { id: assessment.id, version: this.baseVersion ?? assessment.version, verdict: values.verdict, ...reasons } }, ...options }));
      }
      return firstValueFrom(this.createAssessment.mutate({ variables: { input: { municipalityId: this.municipalityId(), themeId: this.themeId(), cycle: this.cycle(), verdict: values.verdict, ...reasons } }, ...options }));
    });
    if (saved) this.closed.emit();
  }

  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['OurMunicipality'] }));
    this.baseVersion = this.assessment()?.version ?? this.baseVersion;
  }
}
