import { ChartBlock } from '../document-model';
import { CHART_HEIGHT, layoutChart } from './chart-layout';
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

describe('layoutChart', () => {
  it('scales bars to a rounded axis maximum and leaves out missing values', () => {
    const bars = layoutChart(chart, 400, 'nl-NL', measure).filter((shape) => shape.kind === 'rect' && shape.width > 8);
    expect(bars.map((bar) => (bar.kind === 'rect' ? Math.round(bar.height) : 0))).toEqual([90, 30, 38]);
  });

  it('labels the axis in the document language and places the legend after each measured name', () => {
    const shapes = layoutChart(chart, 400, 'nl-NL', measure);
    const texts = shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['2.000', '1.500', '2008', 'Overlast & <jeugd>', 'Verloedering']));
    const legend = shapes.filter((shape) => shape.kind === 'text' && shape.text === 'Verloedering');
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
