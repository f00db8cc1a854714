import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { queryResource } from '@regie/web/data-access';
import { MunicipalitiesGQL } from '@regie/web/data-access/directory';
import { Language } from '@regie/web/util';
import type { Chart } from 'chart.js';
import { formatFigure } from './theme-figures';
import type { IndicatorDetail } from './theme-store';

export interface SeriesRow {
  period: string;
  periodEnd: string;
  region: number | null;
  municipality: number | null;
}

/** One row per period, oldest first: the regional value and, when chosen, one municipality's value. */
export function seriesRows(measurements: IndicatorDetail['measurements'], municipalityId: string): SeriesRow[] {
  const rows = new Map<string, SeriesRow>();
  for (const measurement of measurements) {
    const local = measurement.municipalityId !== null;
    if (local && measurement.municipalityId !== municipalityId) continue;
    const row = rows.get(measurement.period) ?? { period: measurement.period, periodEnd: measurement.periodEnd, region: null, municipality: null };
    rows.set(measurement.period, local ? { ...row, municipality: measurement.value } : { ...row, region: measurement.value });
  }
  return [...rows.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}

/**
 * The course of an indicator: the values per period against baseline and target, for the region and one
 * municipality of choice. The chart library loads only when the user opens the chart, and the table
 * beside it holds exactly the numbers the chart draws.
 */
@Component({
  selector: 'regie-indicator-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './indicator-chart.html',
  styleUrl: './indicator-chart.css',
})
export class IndicatorChart {
  readonly indicator = input.required<IndicatorDetail>();
  readonly language = input.required<Language>();

  private readonly translate = inject(TranslateService);
  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly municipalities = queryResource(inject(MunicipalitiesGQL).watch().valueChanges, (data) => data.municipalities);
  private chart: Chart | null = null;

  protected readonly open = signal(false);
  protected readonly municipalityId = signal('');
  protected readonly formatFigure = formatFigure;
  /** Municipalities with values for this indicator, by name. */
  protected readonly comparable = computed(() => {
    const measured = new Set(this.indicator().measurements.flatMap((measurement) => (measurement.municipalityId ? [measurement.municipalityId] : [])));
    return (this.municipalities.value() ?? []).filter((municipality) => measured.has(municipality.id)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });
  protected readonly municipalityName = computed(() => this.comparable().find((municipality) => municipality.id === this.municipalityId())?.name ?? null);
  protected readonly rows = computed(() => seriesRows(this.indicator().measurements, this.municipalityId()));

  constructor() {
    effect(() => {
      const canvas = this.canvas()?.nativeElement;
      if (!this.open() || !canvas) return;
      void this.draw(canvas, this.rows(), this.indicator(), this.municipalityName());
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  protected toggled(event: Event): void {
    this.open.set((event.target as HTMLDetailsElement).open);
  }

  protected choose(event: Event): void {
    this.municipalityId.set((event.target as HTMLSelectElement).value);
  }

  private async draw(canvas: HTMLCanvasElement, rows: SeriesRow[], indicator: IndicatorDetail, municipality: string | null): Promise<void> {
    const { Chart } = await import('chart.js/auto');
    const label = (key: string) => this.translate.instant(key) as string;
    const flat = (value: number | null) => rows.map(() => value);
    const datasets = [
      { label: label('theme.chartRegion'), data: rows.map((row) => row.region), borderColor: '#1f4e8c', backgroundColor: '#1f4e8c' },
      ...(municipality ? [{ label: municipality, data: rows.map((row) => row.municipality), borderColor: '#a3311b', backgroundColor: '#a3311b' }] : []),
      ...(indicator.baseline !== null && indicator.baseline !== undefined ? [{ label: label('theme.baseline'), data: flat(indicator.baseline), borderColor: '#6b6b6b', borderDash: [4, 4], pointRadius: 0 }] : []),
      ...(indicator.target !== null && indicator.target !== undefined ? [{ label: label('theme.target'), data: flat(indicator.target), borderColor: '#2e7d32', borderDash: [8, 4], pointRadius: 0 }] : []),
    ];
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { labels: rows.map((row) => row.period), datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false, spanGaps: true, plugins: { legend: { position: 'bottom' } } },
    });
  }
}
