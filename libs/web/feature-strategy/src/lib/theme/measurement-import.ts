import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ImportMeasurementsMutation } from '@regie/web/data-access';
import { ImportMeasurementsGQL } from '@regie/web/data-access/strategy';
import { Alert } from '@regie/web/ui';
import { Problem, readProblem } from '@regie/web/util';
import { firstValueFrom } from 'rxjs';
import { formatImportRefusal, readAsBase64, readImportRefusals } from './import-refusal';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; share: number }
  | { step: 'sending' }
  | { step: 'done'; result: ImportMeasurementsMutation['importMeasurements'] }
  | { step: 'refused'; lines: string[] }
  | { step: 'failed'; problem: Problem };

/** Imports a CSV or XLSX file of one indicator's values: all rows or none, every refused cell listed. */
@Component({
  selector: 'regie-measurement-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, Alert],
  templateUrl: './measurement-import.html',
})
export class MeasurementImport {
  readonly indicatorId = input.required<string>();
  readonly indicatorName = input.required<string>();

  private readonly importMeasurements = inject(ImportMeasurementsGQL);
  private readonly translate = inject(TranslateService);

  protected readonly file = signal<File | null>(null);
  protected readonly state = signal<ImportState>({ step: 'idle' });
  protected readonly busy = computed(() => ['reading', 'sending'].includes(this.state().step));
  protected readonly inputId = computed(() => `import-${this.indicatorId()}`);
  protected readonly share = computed(() => {
    const state = this.state();
    return state.step === 'reading' ? state.share : 0;
  });
  protected readonly result = computed(() => {
    const state = this.state();
    return state.step === 'done' ? state.result : null;
  });
  protected readonly refusedLines = computed(() => {
    const state = this.state();
    return state.step === 'refused' ? state.lines : null;
  });
  protected readonly problem = computed(() => {
    const state = this.state();
    return state.step === 'failed' ? state.problem : null;
  });

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.state.set({ step: 'idle' });
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file || this.busy()) return;
    this.state.set({ step: 'reading', share: 0 });
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file, (share) => this.state.set({ step: 'reading', share }));
    } catch {
      this.state.set({ step: 'refused', lines: [this.translate.instant('import.unreadable')] });
      return;
    }
    this.state.set({ step: 'sending' });
    try {
      const result = await firstValueFrom(
        this.importMeasurements.mutate({ variables: { input: { indicatorId: this.indicatorId(), fileName: file.name, contentBase64 } }, refetchQueries: ['ThemePage'], awaitRefetchQueries: true }),
      );
      const imported = result.data?.importMeasurements;
      this.state.set(imported ? { step: 'done', result: imported } : { step: 'failed', problem: readProblem(null) });
    } catch (error) {
      const refusals = readImportRefusals(error);
      const translate = (key: string, params?: Record<string, unknown>) => this.translate.instant(key, params) as string;
      this.state.set(refusals.length ? { step: 'refused', lines: refusals.map((refusal) => formatImportRefusal(refusal, translate)) } : { step: 'failed', problem: readProblem(error) });
    }
  }
}
