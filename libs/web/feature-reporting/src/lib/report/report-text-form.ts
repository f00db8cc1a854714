import { ChangeDetectionStrategy, Component, afterNextRender, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { UpdateProgressReportGQL } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { FieldProblem, Problem } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { runMutation } from '../shared/mutation';
import { DIMENSIONS, RAG, ReportTextFields } from './report-types';

type Dimension = (typeof DIMENSIONS)[number];
type FormState = 'editing' | 'saving' | 'saved' | 'conflict' | 'reloaded';

const dimensionGroup = () =>
  new FormGroup({
    status: new FormControl<string>('', { nonNullable: true }),
    explanation: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });

/**
 * The writer's part of a report. A stale save (someone else saved first) keeps the user's text in the form and
 * offers to load the newest version; the next save is based on it.
 */
@Component({
  selector: 'regie-report-text-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  templateUrl: './report-text-form.html',
})
export class ReportTextForm {
  readonly reportId = input.required<string>();
  readonly version = input.required<number>();
  readonly text = input.required<ReportTextFields>();
  readonly saved = output<void>();

  private readonly update = inject(UpdateProgressReportGQL);
  private readonly apollo = inject(Apollo);
  protected readonly dimensions = DIMENSIONS;
  protected readonly rag = RAG;
  protected readonly form = new FormGroup({
    dimensions: new FormGroup({
      RESULTS: dimensionGroup(),
      ACTIONS: dimensionGroup(),
      CAPACITY_AND_MONEY: dimensionGroup(),
      COOPERATION: dimensionGroup(),
    }),
    narrative: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(20000)] }),
    achievements: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10000)] }),
    risks: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10000)] }),
    request: new FormControl('INFORMATION', { nonNullable: true }),
    requestText: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  protected readonly state = signal<FormState>('editing');
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatched = signal<FieldProblem[]>([]);
  private baseVersion: number | null = null;

  constructor() {
    afterNextRender(() => {
      const text = this.text();
      this.form.reset({
        dimensions: Object.fromEntries(text.dimensions.map((d) => [d.dimension, { status: d.status ?? '', explanation: d.explanation ?? '' }])) as never,
        narrative: text.narrative ?? '',
        achievements: text.achievements ?? '',
        risks: text.risks ?? '',
        request: text.request,
        requestText: text.requestText ?? '',
      });
      this.baseVersion = this.version();
    });
  }

  protected dimensionControls(dimension: Dimension) {
    return this.form.controls.dimensions.controls[dimension].controls;
  }

  protected async save(): Promise<void> {
    if (this.state() === 'saving') return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.state.set('saving');
    const value = this.form.getRawValue();
    const input = {
      id: this.reportId(),
      version: this.baseVersion ?? this.version(),
      dimensions: DIMENSIONS.map((dimension) => ({
        dimension,
        status: value.dimensions[dimension].status || null,
        explanation: value.dimensions[dimension].explanation.trim() || null,
      })),
      narrative: value.narrative,
      achievements: value.achievements,
      risks: value.risks,
      request: value.request,
      requestText: value.requestText,
    };
    const outcome = await runMutation(this.update.mutate({ variables: { input }, refetchQueries: ['ProgressReportPage'], awaitRefetchQueries: true }), this.form);
    if (!outcome.problem) {
      this.baseVersion = outcome.result?.data?.updateProgressReport.version ?? null;
      this.problem.set(null);
      this.unmatched.set([]);
      this.state.set('saved');
      this.saved.emit();
      return;
    }
    if (outcome.problem.code === 'CONFLICT') {
      this.state.set('conflict');
      return;
    }
    this.state.set('editing');
    this.unmatched.set(outcome.problem.code === 'BAD_USER_INPUT' ? outcome.unmatched : []);
    this.problem.set(outcome.problem.code === 'BAD_USER_INPUT' && !outcome.unmatched.length ? null : outcome.problem);
  }

  /** After a conflict: load the newest report, keep the user's text, and base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.apollo.client.refetchQueries({ include: ['ProgressReportPage'] });
    this.baseVersion = this.version();
    this.state.set('reloaded');
  }
}
