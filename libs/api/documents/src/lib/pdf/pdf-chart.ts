import { ChartBlock, formatCell } from '../document-model';

/** Colours with at least 3:1 contrast against white, told apart by shape too (bars vs. line markers). */
const SERIES_COLOURS = ['#1f4e79', '#c55a11', '#2e7d32', '#6a1b9a', '#8d6e00'];
const CHART_HEIGHT = 150;
const LEGEND_HEIGHT = 18;
export const CHART_BLOCK_HEIGHT = CHART_HEIGHT + LEGEND_HEIGHT + 36;

/**
 * Draws a bar or line chart as vector graphics at the current position. The caller wraps it in a
 * Figure structure element with the chart's text alternative, so screen readers read the alt text
 * instead of the axis labels drawn here.
 */
export function drawChart(doc: PDFKit.PDFDocument, chart: ChartBlock, language: string): void {
  const left = doc.page.margins.left + 36;
  const width = doc.page.width - doc.page.margins.right - left;
  const top = doc.y + 4;
  const bottom = top + CHART_HEIGHT;
  const values = chart.series.flatMap((series) => series.values).filter((value): value is number => value !== null);
  const maximum = niceMaximum(Math.max(0, ...values));
  const yOf = (value: number) => bottom - (value / maximum) * CHART_HEIGHT;

  doc.save().fontSize(7.5).fillColor('#333333');
  for (let step = 0; step <= 4; step++) {
    const value = (maximum / 4) * step;
    const y = yOf(value);
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.4).strokeColor(step === 0 ? '#333333' : '#cccccc').stroke();
    doc.text(formatCell(value, language), doc.page.margins.left, y - 4, { width: 32, align: 'right', lineBreak: false });
  }

  const slot = width / Math.max(chart.categories.length, 1);
  chart.categories.forEach((category, index) => {
    doc.fillColor('#333333').text(category, left + index * slot, bottom + 3, { width: slot, align: 'center', lineBreak: false });
  });

  if (chart.chart === 'bar') drawBars(doc, chart, left, slot, yOf, bottom);
  else drawLines(doc, chart, left, slot, yOf);

  let legendX = left;
  const legendY = bottom + 18;
  chart.series.forEach((series, index) => {
    doc.rect(legendX, legendY, 8, 8).fill(SERIES_COLOURS[index % SERIES_COLOURS.length]);
    doc.fillColor('#333333').text(series.name, legendX + 11, legendY, { lineBreak: false });
    legendX += 22 + doc.widthOfString(series.name);
  });
  doc.restore();
  doc.x = doc.page.margins.left;
  doc.y = legendY + LEGEND_HEIGHT;
}

function drawBars(doc: PDFKit.PDFDocument, chart: ChartBlock, left: number, slot: number, yOf: (value: number) => number, bottom: number) {
  const groupWidth = slot * 0.7;
  const barWidth = groupWidth / Math.max(chart.series.length, 1);
  chart.series.forEach((series, seriesIndex) => {
    series.values.forEach((value, index) => {
      if (value === null) return;
      const x = left + index * slot + (slot - groupWidth) / 2 + seriesIndex * barWidth;
      doc.rect(x, yOf(value), barWidth - 1, bottom - yOf(value)).fill(SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]);
    });
  });
}

function drawLines(doc: PDFKit.PDFDocument, chart: ChartBlock, left: number, slot: number, yOf: (value: number) => number) {
  chart.series.forEach((series, seriesIndex) => {
    const colour = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length];
    const points = series.values
      .map((value, index) => (value === null ? null : { x: left + index * slot + slot / 2, y: yOf(value) }))
      .filter((point): point is { x: number; y: number } => point !== null);
    points.forEach((point, index) => (index === 0 ? doc.moveTo(point.x, point.y) : doc.lineTo(point.x, point.y)));
    if (points.length > 1) doc.lineWidth(1.5).strokeColor(colour).stroke();
    points.forEach((point) => doc.circle(point.x, point.y, 2.5).fill(colour));
  });
}

/** Rounds the axis maximum up to 1, 2 or 5 times a power of ten. */
export function niceMaximum(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}
