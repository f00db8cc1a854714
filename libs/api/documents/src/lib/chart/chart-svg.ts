import { CHART_FONT_SIZE, CHART_HEIGHT, CHART_TEXT_COLOUR, ChartShape } from './chart-layout';

/** DejaVu Sans' ascent (1901 of 2048 units): PDFKit places text by its top, SVG by its baseline. */
const ASCENT = 0.928;
const ANCHORS = { left: 'start', center: 'middle', right: 'end' } as const;

/** The chart's shapes as a standalone SVG document, `width` × CHART_HEIGHT points. */
export function chartSvg(shapes: ChartShape[], width: number): string {
  const body = shapes.map(shapeSvg).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${CHART_HEIGHT}" viewBox="0 0 ${width} ${CHART_HEIGHT}">` +
    `<g font-family="DejaVu Sans" font-size="${CHART_FONT_SIZE}" fill="${CHART_TEXT_COLOUR}">${body}</g></svg>`
  );
}

function shapeSvg(shape: ChartShape): string {
  switch (shape.kind) {
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.colour}" stroke-width="${shape.width}"/>`;
    case 'polyline':
      return `<polyline points="${shape.points.map((point) => `${n(point.x)},${n(point.y)}`).join(' ')}" fill="none" stroke="${shape.colour}" stroke-width="${shape.width}"/>`;
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.colour}"/>`;
    case 'circle':
      return `<circle cx="${n(shape.x)}" cy="${n(shape.y)}" r="${shape.radius}" fill="${shape.colour}"/>`;
    case 'text': {
      const x = shape.align === 'left' ? shape.x : shape.align === 'center' ? shape.x + shape.width / 2 : shape.x + shape.width;
      return `<text x="${n(x)}" y="${n(shape.y + ASCENT * CHART_FONT_SIZE)}" text-anchor="${ANCHORS[shape.align]}">${escapeXml(shape.text)}</text>`;
    }
  }
}

const n = (value: number) => Number(value.toFixed(2));

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
