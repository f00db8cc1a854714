import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { UpdateProgressReportGQL } from '@regie/web/data-access/reporting';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DIMENSIONS, RAG, ReportTextFields } from './report-types';

type Dimension = (typeof DIMENSIONS)[number];

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
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './report-text-form.html',
})
export class ReportTextForm {
  readonly reportId = input.required<string>();
  readonly version = input.required<number>();
  readonly text = input.required<ReportTextFields>();
  readonly saved = output<void>();

  private readonly update = inject(UpdateProgressReportGQL);
  private readonly apollo = inject(Apollo);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('reportForm');
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
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
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
    const saved = await this.flow.save(async () => {
      const result = await firstValueFrom(this.update.mutate({ variables: { input }, refetchQueries: ['ProgressReportPage'], awaitRefetchQueries: true }));
      this.baseVersion = result.data?.updateProgressReport.version ?? null;
    });
    if (saved) this.saved.emit();
  }

  /** After a conflict: load the newest report, keep the user's text, and base the next save on the new version. */
  protected async reload(): Promise<void> {
    await this.flow.reload(() => this.apollo.client.refetchQueries({ include: ['ProgressReportPage'] }));
    this.baseVersion = this.version();
  }
}
