import { ValidationError } from '../errors/domain-errors';

/** Files travel base64-encoded inside a GraphQL mutation and are kept in PostgreSQL (bytea). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const PDF_OR_DOCX: readonly string[] = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

export interface UploadedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/**
 * Decodes an uploaded file and refuses, as a field error on `contentBase64`, an empty or too large one or,
 * when `mediaTypes` is given, one of another type. One rule for every upload in Regie.
 */
export function decodeUpload(input: { fileName: string; mediaType: string; contentBase64: string }, mediaTypes?: readonly string[]): UploadedFile {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0 || content.length > MAX_UPLOAD_BYTES) {
    throw new ValidationError([{ field: 'contentBase64', messageKey: 'validation.documentSize', message: 'A document must be between 1 byte and 10 MB.' }]);
  }
  if (mediaTypes && !mediaTypes.includes(input.mediaType)) {
    throw new ValidationError([{ field: 'contentBase64', messageKey: 'validation.documentType', message: `The document must be one of: ${mediaTypes.join(', ')}.` }]);
  }
  return { fileName: input.fileName.trim(), mediaType: input.mediaType, content };
}
