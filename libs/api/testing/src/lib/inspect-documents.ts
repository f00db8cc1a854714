import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

export interface PdfStructNode {
  role?: string;
  alt?: string;
  lang?: string;
  children?: PdfStructNode[];
  type?: string;
}

export interface PdfInspection {
  title: string | null;
  language: string | null;
  marked: boolean;
  displayDocTitle: boolean;
  pdfUa: boolean;
  pageCount: number;
  pages: { text: string; structTree: PdfStructNode | null }[];
}

/** Where tools/inspect-pdf.mjs lives: tests run from the workspace root or from a library folder. */
function workspaceRoot(): string {
  let directory = process.cwd();
  for (let up = 0; up < 5; up++) {
    if (existsSync(join(directory, 'tools', 'inspect-pdf.mjs'))) return directory;
    directory = resolve(directory, '..');
  }
  throw new Error('tools/inspect-pdf.mjs not found above the working directory');
}

/** Parses a PDF with pdf.js (in a child process: it is an ES module) and returns text and structure. */
export function inspectPdf(pdf: Buffer): PdfInspection {
  const folder = mkdtempSync(join(tmpdir(), 'regie-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    const output = execFileSync(process.execPath, [join(workspaceRoot(), 'tools', 'inspect-pdf.mjs'), file], { encoding: 'utf8' });
    return JSON.parse(output) as PdfInspection;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Every structure role in document order, e.g. ['Document', 'Title', 'Sect', 'H1', …]. */
export function structureRoles(inspection: PdfInspection): string[] {
  const roles: string[] = [];
  const walk = (node: PdfStructNode | null | undefined) => {
    if (!node) return;
    if (node.role) roles.push(node.role);
    node.children?.forEach(walk);
  };
  inspection.pages.forEach((page) => walk(page.structTree));
  return roles;
}

/** Structure nodes of one role, across all pages. */
export function structureNodes(inspection: PdfInspection, role: string): PdfStructNode[] {
  const found: PdfStructNode[] = [];
  const walk = (node: PdfStructNode | null | undefined) => {
    if (!node) return;
    if (node.role === role) found.push(node);
    node.children?.forEach(walk);
  };
  inspection.pages.forEach((page) => walk(page.structTree));
  return found;
}

export function pdfText(inspection: PdfInspection): string {
  return inspection.pages.map((page) => page.text).join('\n');
}

export interface DocxInspection {
  documentXml: string;
  /** Paragraph texts with their style, e.g. { style: 'Heading1', text: 'Agenda' }. */
  paragraphs: { style: string | null; text: string }[];
  language: string | null;
  title: string | null;
  tableCount: number;
  /** The unzipped package, for parts the fields above do not cover (e.g. word/media). */
  zip: JSZip;
}

/** Unzips a DOCX and reads its paragraphs with their styles, the language of the styles and the title. */
export async function inspectDocx(docx: Buffer): Promise<DocxInspection> {
  const zip = await JSZip.loadAsync(docx);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const coreXml = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decodeXml(match[1])).join(''),
  }));
  return {
    documentXml,
    paragraphs,
    language: /<w:lang w:val="([^"]+)"/.exec(stylesXml)?.[1] ?? /<w:lang w:val="([^"]+)"/.exec(documentXml)?.[1] ?? null,
    title: decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(coreXml)?.[1] ?? '') || null,
    tableCount: (documentXml.match(/<w:tbl>/g) ?? []).length,
    zip,
  };
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
