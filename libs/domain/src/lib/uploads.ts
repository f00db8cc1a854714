/** Uploads travel base64-encoded inside a GraphQL mutation and are kept in PostgreSQL (bytea): at most 10 MB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The media types of a plan document: PDF or Word (DOCX). */
export const PDF_OR_DOCX: readonly string[] = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/**
 * The one rule for every upload, checked by the API (which refuses) and the web app (which explains before
 * sending): not empty, at most 10 MB and, where the caller names them, one of the allowed media types.
 * Returns the translation key of the first problem, or null.
 */
export function uploadProblem(file: { size: number; type: string }, mediaTypes?: readonly string[]): string | null {
  if (file.size === 0 || file.size > MAX_UPLOAD_BYTES) return 'validation.documentSize';
  if (mediaTypes && !mediaTypes.includes(file.type)) return 'validation.documentType';
  return null;
}
