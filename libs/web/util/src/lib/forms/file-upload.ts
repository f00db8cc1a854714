/** Uploads travel base64-encoded in a GraphQL mutation; the API keeps at most 10 MB (see decodeUpload in api/core). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The media types of a plan document: PDF or Word (DOCX). */
export const PDF_OR_DOCX: readonly string[] = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/** A file's content, base64-encoded without the data-URL prefix, as the upload mutations expect it. */
export function fileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The same checks the API makes, to explain them before sending: the translation key of the first problem, if any. */
export function uploadProblem(file: { size: number; type: string }, mediaTypes?: readonly string[]): string | null {
  if (file.size === 0 || file.size > MAX_UPLOAD_BYTES) return 'validation.documentSize';
  if (mediaTypes && !mediaTypes.includes(file.type)) return 'validation.documentType';
  return null;
}
