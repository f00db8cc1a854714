import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { FIT_VERDICTS, FitVerdict, fitAssessmentProblems } from '@regie/domain';
import { CreateLocalFitAssessmentGQL, UpdateLocalFitAssessmentGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { FieldProblem, Problem, applyFieldProblems, readProblem, setErrorKey } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { Assessment } from './our-municipality-store';

type FormState = 'editing' | 'saving' | 'conflict' | 'reloading' | 'reloaded';
const REASONS = ['reasonProblemSize', 'reasonIvpMatch', 'reasonCapacity', 'adaptationAsked'] as const;

/**
 * Records whether a theme fits the municipality: the verdict, the reasons and the adaptation asked. Revises
 * the current cycle's assessment, or records the first one; a stale save keeps the input and offers the newest.
 */
@Component({
  selector: 'regie-fit-assessment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  templateUrl: './fit-assessment-form.html',
  styleUrl: '../shared/local-fit.css',
})
export class FitAssessmentForm {
  readonly municipalityId = input.required<string>();
  readonly themeId = input.required<string>();
  readonly assessment = input<Assessment | null>(null);
  readonly closed = output<void>();

  private readonly createAssessment = inject(CreateLocalFitAssessmentGQL);
  private readonly updateAssessment = inject(UpdateLocalFitAssessmentGQL);
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
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
  protected readonly state = signal<FormState>('editing');
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatchedFields = signal<FieldProblem[]>([]);
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
        this.baseVersion = assessment.version;
      }
      this.formElement()?.nativeElement.querySelector<HTMLElement>('input:checked')?.focus();
    });
  }

  protected async save(): Promise<void> {
    if (this.state() === 'saving') return;
    const values = this.form.getRawValue();
    // The same rule the API applies, explained before sending.
    const problems = fitAssessmentProblems(values);
    for (const problem of problems) setErrorKey(this.form.controls[problem.field as (typeof REASONS)[number]], problem.messageKey);
    if (problems.length) {
      this.focusFirstInvalid();
      return;
    }
    this.state.set('saving');
    this.problem.set(null);
    this.unmatchedFields.set([]);
    const reasons = Object.fromEntries(REASONS.map((field) => [field, values[field].trim() || null]));
    const assessment = this.assessment();
    const options = { refetchQueries: ['OurMunicipality'], awaitRefetchQueries: true };
    try {
      if (assessment) {
        await firstValueFrom(this.updateAssessment.mutate({ variables: { input: { id: assessment.id, version: this.baseVersion ?? assessment.version, verdict: values.verdict, ...reasons } }, ...options }));
      } else {
        const cycle = String(new Date().getFullYear());
        await firstValueFrom(this.createAssessment.mutate({ variables: { input: { municipalityId: this.municipalityId(), themeId: this.themeId(), cycle, verdict: values.verdict, ...reasons } }, ...options }));
      }
      this.state.set('editing');
      this.closed.emit();
    } catch (error) {
      this.refused(readProblem(error));
    }
  }

  protected async reload(): Promise<void> {
    this.state.set('reloading');
    await this.apollo.client.refetchQueries({ include: ['OurMunicipality'] });
    this.baseVersion = this.assessment()?.version ?? this.baseVersion;
    this.state.set('reloaded');
  }

  private refused(problem: Problem): void {
    if (problem.code === 'CONFLICT') {
      this.state.set('conflict');
      return;
    }
    this.state.set('editing');
    if (problem.code === 'BAD_USER_INPUT') {
      this.unmatchedFields.set(applyFieldProblems(this.form, problem.fields));
      this.focusFirstInvalid();
      return;
    }
    this.problem.set(problem);
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.formElement()?.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }
}
