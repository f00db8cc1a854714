#!/usr/bin/env node
// Reads a PDF (path as argument) with Mozilla's pdf.js and prints what tests check, as JSON: the
// document info, the catalog's language and tagging, the structure tree and the text of every page.
// A separate process, because pdf.js is an ES module that Jest's CommonJS runtime cannot load.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const bytes = readFileSync(process.argv[2]);
// pdf.js takes ownership of the array it reads, so keep the raw text for the catalog checks first.
const raw = bytes.toString('latin1');
const data = new Uint8Array(bytes);
const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
const { info } = await pdf.getMetadata();
const markInfo = await pdf.getMarkInfo();
const viewerPreferences = await pdf.getViewerPreferences();
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
  pages.push({ text, structTree: await page.getStructTree() });
}
const language = /\/Lang \(([^)]*)\)/.exec(raw)?.[1] ?? null;
process.stdout.write(
  JSON.stringify({
    title: info.Title ?? null,
    language,
    marked: markInfo?.Marked === true,
    displayDocTitle: viewerPreferences?.DisplayDocTitle === true,
    pdfUa: raw.includes('<pdfuaid:part>1</pdfuaid:part>'),
    pageCount: pdf.numPages,
    pages,
  }),
);
await pdf.destroy();
