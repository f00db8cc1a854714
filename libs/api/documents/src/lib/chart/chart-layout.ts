import { ChartBlock, formatCell } from '../document-model';

/** Colours with at least 3:1 contrast against white, told apart by shape too (bars vs. line markers). */
const SERIES_COLOURS = ['#1f4e79', '#c55a11', '#2e7d32', '#6a1b9a', '#8d6e00'];
const AXIS_LABEL_WIDTH = 36;
const PLOT_TOP = 4;
const PLOT_HEIGHT = 150;
const LEGEND_GAP = 18;
const LEGEND_HEIGHT = 18;
export const CHART_FONT_SIZE = 7.5;
export const CHART_TEXT_COLOUR = '#333333';
/** Height of a whole chart (plot, category labels, legend) in points. */
export const CHART_HEIGHT = PLOT_TOP + PLOT_HEIGHT + LEGEND_GAP + LEGEND_HEIGHT;

export type ChartShape =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; colour: string }
  | { kind: 'polyline'; points: { x: number; y: number }[]; width: number; colour: string }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; colour: string }
  | { kind: 'circle'; x: number; y: number; radius: number; colour: string }
  /** `y` is the top of the text line; `width` is the box the text is aligned in. */
  | { kind: 'text'; text: string; x: number; y: number; width: number; align: 'left' | 'center' | 'right' };

/** Width in points of a text in the chart font (DejaVu Sans at CHART_FONT_SIZE). */
export type MeasureText = (text: string) => number;

/**
 * The one geometry of a bar or line chart, in points from the chart's top-left corner. The PDF draws
 * these shapes as vector graphics and the DOCX gets them as an SVG rendered to PNG, so both formats show
 * the same chart.
 */
export function layoutChart(chart: ChartBlock, width: number, language: string, measure: MeasureText): ChartShape[] {
  const shapes: ChartShape[] = [];
  const left = AXIS_LABEL_WIDTH;
  const plotWidth = width - left;
  const bottom = PLOT_TOP + PLOT_HEIGHT;
  const values = chart.series.flatMap((series) => series.values).filter((value): value is number => value !== null);
  const maximum = niceMaximum(Math.max(0, ...values));
  const yOf = (value: number) => bottom - (value / maximum) * PLOT_HEIGHT;

  for (let step = 0; step <= 4; step++) {
    const value = (maximum / 4) * step;
    const y = yOf(value);
    shapes.push({ kind: 'line', x1: left, y1: y, x2: left + plotWidth, y2: y, width: 0.4, colour: step === 0 ? '#333333' : '#cccccc' });
    shapes.push({ kind: 'text', text: formatCell(value, language), x: 0, y: y - 4, width: 32, align: 'right' });
  }

  const slot = plotWidth / Math.max(chart.categories.length, 1);
  chart.categories.forEach((category, index) => {
    shapes.push({ kind: 'text', text: category, x: left + index * slot, y: bottom + 3, width: slot, align: 'center' });
  });

  chart.series.forEach((series, seriesIndex) => {
    const colour = colourOf(seriesIndex);
    if (chart.chart === 'bar') {
      const groupWidth = slot * 0.7;
      const barWidth = groupWidth / Math.max(chart.series.length, 1);
      series.values.forEach((value, index) => {
        if (value === null) return;
        const x = left + index * slot + (slot - groupWidth) / 2 + seriesIndex * barWidth;
        shapes.push({ kind: 'rect', x, y: yOf(value), width: barWidth - 1, height: bottom - yOf(value), colour });
      });
    } else {
      const points = series.values
        .map((value, index) => (value === null ? null : { x: left + index * slot + slot / 2, y: yOf(value) }))
        .filter((point): point is { x: number; y: number } => point !== null);
      if (points.length > 1) shapes.push({ kind: 'polyline', points, width: 1.5, colour });
      points.forEach((point) => shapes.push({ kind: 'circle', x: point.x, y: point.y, radius: 2.5, colour }));
    }
  });

  let legendX = left;
  const legendY = bottom + LEGEND_GAP;
  chart.series.forEach((series, index) => {
    shapes.push({ kind: 'rect', x: legendX, y: legendY, width: 8, height: 8, colour: colourOf(index) });
    const textWidth = measure(series.name);
    shapes.push({ kind: 'text', text: series.name, x: legendX + 11, y: legendY, width: textWidth + 2, align: 'left' });
    legendX += 22 + textWidth;
  });
  return shapes;
}

function colourOf(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** Rounds the axis maximum up to 1, 2 or 5 times a power of ten. */
export function niceMaximum(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}
