import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore, queryResource } from '@regie/web/data-access';
import { MunicipalitiesGQL } from '@regie/web/data-access/directory';
import { RecordMeasurementGQL } from '@regie/web/data-access/strategy';
import { FieldControl, FormField, FormProblems } from '@regie/web/ui';
import { SaveFlow } from '@regie/web/util';
import { PERIOD_PATTERN } from '@regie/domain';
import { firstValueFrom } from 'rxjs';

/** The value "region" in the place select: the regional figure, no municipality. */
const REGION = '';

/** Records one value of an indicator, for the region or a municipality the user may enter values for. */
@Component({
  selector: 'regie-measurement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FormProblems, FormField, FieldControl],
  templateUrl: './measurement-form.html',
})
export class MeasurementForm {
  readonly indicatorId = input.required<string>();
  readonly regionId = input.required<string>();
  readonly themeId = input.required<string>();

  private readonly session = inject(SessionStore);
  private readonly record = inject(RecordMeasurementGQL);
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
    period: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(PERIOD_PATTERN)] }),
    value: new FormControl<number | null>(null, [Validators.required]),
  });
  protected readonly flow = new SaveFlow(this.form, () => this.formElement()?.nativeElement);
  protected readonly saved = signal<{ period: string; place: string | null } | null>(null);

  protected async save(): Promise<void> {
    const first = this.places()[0];
    if (first && !this.places().some((place) => place.id === this.form.controls.municipalityId.value)) this.form.controls.municipalityId.setValue(first.id);
    const { municipalityId, period, value } = this.form.getRawValue();
    const done = await this.flow.save(() =>
      firstValueFrom(
        this.record.mutate({
          variables: { input: { indicatorId: this.indicatorId(), municipalityId: municipalityId || null, period: period.trim(), value: value as number } },
          refetchQueries: ['ThemePage'],
          awaitRefetchQueries: true,
        }),
      ),
    );
    if (!done) return;
    this.saved.set({ period: period.trim(), place: this.places().find((place) => place.id === municipalityId)?.name ?? null });
    this.form.reset({ municipalityId, period: '', value: null });
  }
}
