/** The few words the renderers write themselves, in the document's language (Dutch or English). */
const isDutch = (language: string) => language.toLowerCase().startsWith('nl');

export function pageNumberText(page: number, total: number, language: string): string {
  return isDutch(language) ? `Pagina ${page} van ${total}` : `Page ${page} of ${total}`;
}

/** Caption suffix of the numbers table shown with every chart. */
export function figuresWord(language: string): string {
  return isDutch(language) ? 'cijfers' : 'figures';
}
