import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import { ChartBlock } from '../document-model';
import { fontData, fontPath } from '../pdf/pdf-fonts';
import { CHART_FONT_SIZE, CHART_HEIGHT, layoutChart, MeasureText } from './chart-layout';
import { chartSvg } from './chart-svg';

/** Pixels per point of the PNG: about 220 dpi at the printed width, sharp on paper and screen. */
const ZOOM = 3;

export interface ChartImage {
  png: Buffer;
  /** Size in points (1/72 inch) of the drawing the PNG shows. */
  width: number;
  height: number;
}

/**
 * Renders a chart to PNG through SVG with resvg (a prebuilt binary, no system Cairo), with the PDF's own
 * embedded font, so the picture in Word matches the vector chart in the PDF.
 */
export function chartPng(chart: ChartBlock, width: number, language: string, measure: MeasureText = pdfTextMeasure()): ChartImage {
  const svg = chartSvg(layoutChart(chart, width, language, measure), width);
  const resvg = new Resvg(svg, {
    font: { fontFiles: [fontPath('regular')], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: ZOOM },
    background: '#ffffff',
  });
  return { png: resvg.render().asPng(), width, height: CHART_HEIGHT };
}

/** Measures text with PDFKit and DejaVu Sans, as the PDF renderer lays out its charts. */
export function pdfTextMeasure(): MeasureText {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('regular', fontData('regular'));
  doc.font('regular').fontSize(CHART_FONT_SIZE);
  return (text) => doc.widthOfString(text);
}
