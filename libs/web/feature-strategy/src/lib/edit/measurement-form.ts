import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { MunicipalitiesGQL, RecordMeasurementGQL, SessionStore, queryResource } from '@regie/web/data-access';
import { Alert, FieldControl, FormField } from '@regie/web/ui';
import { FieldProblem, Problem, applyFieldProblems, readProblem } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';

/** The value "region" in the place select: the regional figure, no municipality. */
const REGION = '';

/** Records one value of an indicator, for the region or a municipality the user may enter values for. */
@Component({
  selector: 'regie-measurement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, Alert, FormField, FieldControl],
  templateUrl: './measurement-form.html',
})
export class MeasurementForm {
  readonly indicatorId = input.required<string>();
  readonly regionId = input.required<string>();
  readonly themeId = input.required<string>();

  private readonly session = inject(SessionStore);
  private readonly record = inject(RecordMeasurementGQL);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('measurementForm');
  private readonly municipalities = queryResource(inject(MunicipalitiesGQL).watch().valueChanges, (data) => data.municipalities);

  private allowed(municipalityId: string | null): boolean {
    return this.session.can('create', 'Measurement', { regionId: this.regionId(), themeId: this.themeId(), municipalityId });
  }

  /** The region first (when allowed), then the municipalities the user may enter values for, by name. */
  protected readonly places = computed(() => [
    ...(this.allowed(null) ? [{ id: REGION, name: null }] : []),
    ...[...(this.municipalities.value() ?? [])]
      .filter((municipality) => municipality.regionId === this.regionId() && this.allowed(municipality.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((municipality) => ({ id: municipality.id, name: municipality.name as string | null })),
  ]);

  protected readonly idPrefix = computed(() => `measurement-${this.indicatorId()}`);
  protected readonly form = new FormGroup({
    municipalityId: new FormControl(REGION, { nonNullable: true }),
    period: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^\d{4}(-(H[12]|T[1-3]|Q[1-4]|\d{2}))?$/)] }),
    value: new FormControl<number | null>(null, [Validators.required]),
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal<{ period: string; place: string | null } | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly unmatchedFields = signal<FieldProblem[]>([]);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const first = this.places()[0];
    if (first && !this.places().some((place) => place.id === this.form.controls.municipalityId.value)) this.form.controls.municipalityId.setValue(first.id);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    this.saved.set(null);
    this.problem.set(null);
    this.unmatchedFields.set([]);
    const { municipalityId, period, value } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.record.mutate({
          variables: { input: { indicatorId: this.indicatorId(), municipalityId: municipalityId || null, period: period.trim(), value: value as number } },
          refetchQueries: ['ThemePage'],
          awaitRefetchQueries: true,
        }),
      );
      this.saved.set({ period: period.trim(), place: this.places().find((place) => place.id === municipalityId)?.name ?? null });
      this.form.reset({ municipalityId, period: '', value: null });
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'BAD_USER_INPUT') {
        this.unmatchedFields.set(applyFieldProblems(this.form, problem.fields));
        this.focusFirstInvalid();
      } else {
        this.problem.set(problem);
      }
    } finally {
      this.saving.set(false);
    }
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.formElement()?.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
  }
}
