import { ChartBlock } from '../document-model';
import { CHART_HEIGHT, ChartShape, layoutChart } from './chart-layout';
import { chartSvg } from './chart-svg';

const chart: ChartBlock = {
  kind: 'chart',
  chart: 'bar',
  title: 'Meldingen',
  alt: 'Staafdiagram',
  categories: ['2008', '2009'],
  series: [
    { name: 'Overlast & <jeugd>', values: [1200, null] },
    { name: 'Verloedering', values: [400, 500] },
  ],
};
const measure = (text: string) => text.length * 4;
type Shape<Kind extends ChartShape['kind']> = Extract<ChartShape, { kind: Kind }>;
const rects = (shapes: ChartShape[]) => shapes.filter((shape): shape is Shape<'rect'> => shape.kind === 'rect');
const texts = (shapes: ChartShape[]) => shapes.filter((shape): shape is Shape<'text'> => shape.kind === 'text');

describe('layoutChart', () => {
  it('scales bars to a rounded axis maximum and leaves out missing values', () => {
    // The legend's 8-point squares are rects too; bars are wider.
    const bars = rects(layoutChart(chart, 400, 'nl-NL', measure)).filter((rect) => rect.width > 8);
    expect(bars.map((bar) => Math.round(bar.height))).toEqual([90, 30, 38]);
  });

  it('labels the axis in the document language and places the legend after each measured name', () => {
    const shapes = layoutChart(chart, 400, 'nl-NL', measure);
    expect(texts(shapes).map((text) => text.text)).toEqual(expect.arrayContaining(['2.000', '1.500', '2008', 'Overlast & <jeugd>', 'Verloedering']));
    const legend = texts(shapes).filter((text) => text.text === 'Verloedering');
    expect(legend).toEqual([expect.objectContaining({ x: 36 + 22 + 'Overlast & <jeugd>'.length * 4 + 11 })]);
  });
});

describe('chartSvg', () => {
  it('is one SVG of the given size with escaped text', () => {
    const svg = chartSvg(layoutChart(chart, 400, 'nl-NL', measure), 400);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="400" height="${CHART_HEIGHT}"`));
    expect(svg).toContain('>Overlast &amp; &lt;jeugd&gt;</text>');
    expect(svg.match(/<rect /g)).toHaveLength(3 + 2);
  });
});
