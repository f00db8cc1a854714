import { uploadProblem } from '@regie/domain';
import { ValidationError } from '../errors/domain-errors';

export interface UploadedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

const MESSAGES: Record<string, string> = {
  'validation.documentSize': 'A document must be between 1 byte and 10 MB.',
  'validation.documentType': 'This type of document is not accepted here.',
};

/**
 * Decodes an uploaded file and refuses, as a field error on `contentBase64`, an empty or too large one or,
 * when `mediaTypes` is given, one of another type — the rule of `uploadProblem` in @regie/domain.
 */
export function decodeUpload(input: { fileName: string; mediaType: string; contentBase64: string }, mediaTypes?: readonly string[]): UploadedFile {
  const content = Buffer.from(input.contentBase64, 'base64');
  const problem = uploadProblem({ size: content.length, type: input.mediaType }, mediaTypes);
  if (problem) throw new ValidationError([{ field: 'contentBase64', messageKey: problem, message: MESSAGES[problem] ?? problem }]);
  return { fileName: input.fileName.trim(), mediaType: input.mediaType, content };
}
