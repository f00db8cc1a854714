/**
 * A neutral description of a document: what it says and how it is structured, not how it looks.
 * The PDF, DOCX and XLSX renderers each turn it into their own format, so a board pack is assembled
 * once and every format carries the same headings, tables and chart numbers.
 */
export interface DocumentModel {
  title: string;
  /** BCP 47 tag, e.g. `nl-NL`; set as the document language in every format. */
  language: string;
  subject?: string;
  author?: string;
  sections: DocumentSection[];
}

/** A section starts with a heading; nested sections get the next heading level (h1 → h2 → h3). */
export interface DocumentSection {
  heading: string;
  /** Start this section on a new page (not for the first section). */
  pageBreakBefore?: boolean;
  blocks: DocumentBlock[];
  sections?: DocumentSection[];
}

export type DocumentBlock = ParagraphBlock | ListBlock | TableBlock | ChartBlock | PageBreakBlock;

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** A short bold label before the text, e.g. "Status:". */
  label?: string;
}

export interface ListBlock {
  kind: 'list';
  ordered?: boolean;
  items: string[];
}

export type CellValue = string | number | null;

export interface TableBlock {
  kind: 'table';
  /** Names the table: a caption in documents, the sheet name in a spreadsheet. */
  caption: string;
  header: string[];
  rows: CellValue[][];
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/** A simple chart; every renderer also shows its numbers as a table (charts never stand alone). */
export interface ChartBlock {
  kind: 'chart';
  chart: 'bar' | 'line';
  title: string;
  /** Text alternative read by screen readers instead of the drawing. */
  alt: string;
  categories: string[];
  series: ChartSeries[];
  unit?: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** Heading levels stop at three; deeper sections reuse h3. */
export function headingLevel(depth: number): 1 | 2 | 3 {
  return Math.min(Math.max(depth, 1), 3) as 1 | 2 | 3;
}

/** The data table shown with a chart, so the numbers are always readable as text. */
export function chartAsTable(chart: ChartBlock): TableBlock {
  return {
    kind: 'table',
    caption: chart.title,
    header: ['', ...chart.series.map((series) => (chart.unit ? `${series.name} (${chart.unit})` : series.name))],
    rows: chart.categories.map((category, index) => [category, ...chart.series.map((series) => series.values[index] ?? null)]),
  };
}

/** Every table of the document in reading order, charts included as their data tables. */
export function tablesOf(model: DocumentModel): TableBlock[] {
  const tables: TableBlock[] = [];
  const walk = (sections: DocumentSection[]) => {
    for (const section of sections) {
      for (const block of section.blocks) {
        if (block.kind === 'table') tables.push(block);
        if (block.kind === 'chart') tables.push(chartAsTable(block));
      }
      walk(section.sections ?? []);
    }
  };
  walk(model.sections);
  return tables;
}

/** Lets other requests run between blocks of a long, synchronous rendering. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Reports rendering progress as a fraction 0..1. */
export type ProgressCallback = (fraction: number) => void;

export function countBlocks(sections: DocumentSection[]): number {
  return sections.reduce((total, section) => total + 1 + section.blocks.length + countBlocks(section.sections ?? []), 0);
}

export function formatCell(value: CellValue, language: string): string {
  if (value === null) return '–';
  if (typeof value === 'number') return value.toLocaleString(language, { maximumFractionDigits: 2 });
  return value;
}
