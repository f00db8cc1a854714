import { pageNumberText } from '../document-labels';

const FOOTER_SIZE = 8;

/**
 * Writes "Pagina n van m" in the bottom margin of every page. Needs `bufferPages`: the total is known only
 * once all pages exist. Marked as a Pagination artifact, so screen readers skip it and it stays outside
 * the structure tree (PDF/UA).
 */
export function addPageNumbers(doc: PDFKit.PDFDocument, language: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    const text = pageNumberText(index + 1, count, language);
    doc.font('regular').fontSize(FOOTER_SIZE).fillColor('#4b5563');
    const x = doc.page.width - doc.page.margins.right - doc.widthOfString(text);
    const y = doc.page.height - doc.page.margins.bottom + 18;
    doc.markContent('Artifact', { type: 'Pagination' });
    // No width and no line break: text in the bottom margin must not make PDFKit start a new page.
    doc.text(text, x, y, { lineBreak: false });
    doc.endMarkedContent();
  }
}
