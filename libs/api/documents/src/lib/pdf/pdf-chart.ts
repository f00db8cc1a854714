import { CHART_FONT_SIZE, CHART_HEIGHT, CHART_TEXT_COLOUR, ChartShape, layoutChart } from '../chart/chart-layout';
import { ChartBlock } from '../document-model';

export const CHART_BLOCK_HEIGHT = CHART_HEIGHT + 14;

/**
 * Draws a bar or line chart as vector graphics at the current position, from the same shapes the DOCX
 * image is rendered from. The caller wraps it in a Figure structure element with the chart's text
 * alternative, so screen readers read the alt text instead of the axis labels drawn here.
 */
export function drawChart(doc: PDFKit.PDFDocument, chart: ChartBlock, language: string): void {
  const left = doc.page.margins.left;
  const top = doc.y;
  const width = doc.page.width - doc.page.margins.right - left;
  doc.save().font('regular').fontSize(CHART_FONT_SIZE);
  const shapes = layoutChart(chart, width, language, (text) => doc.widthOfString(text));
  for (const shape of shapes) drawShape(doc, shape, left, top);
  doc.restore();
  doc.x = left;
  doc.y = top + CHART_HEIGHT;
}

function drawShape(doc: PDFKit.PDFDocument, shape: ChartShape, left: number, top: number): void {
  switch (shape.kind) {
    case 'line':
      doc.moveTo(left + shape.x1, top + shape.y1).lineTo(left + shape.x2, top + shape.y2).lineWidth(shape.width).strokeColor(shape.colour).stroke();
      return;
    case 'polyline':
      shape.points.forEach((point, index) => (index === 0 ? doc.moveTo(left + point.x, top + point.y) : doc.lineTo(left + point.x, top + point.y)));
      doc.lineWidth(shape.width).strokeColor(shape.colour).stroke();
      return;
    case 'rect':
      doc.rect(left + shape.x, top + shape.y, shape.width, shape.height).fill(shape.colour);
      return;
    case 'circle':
      doc.circle(left + shape.x, top + shape.y, shape.radius).fill(shape.colour);
      return;
    case 'text':
      doc.fillColor(CHART_TEXT_COLOUR).text(shape.text, left + shape.x, top + shape.y, { width: shape.width, align: shape.align, lineBreak: false });
      return;
  }
}
