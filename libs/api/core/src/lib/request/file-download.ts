import type { Response } from 'express';
import { DomainError } from '../errors/domain-errors';
import type { UploadedFile } from '../persistence/uploaded-file';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A stored file as an attachment: never sniffed or cached, with an ASCII name for clients without RFC 5987. */
export function sendAttachment(response: Response, file: UploadedFile): void {
  const asciiName = file.fileName.replace(/[^\w.-]/g, '_');
  response.setHeader('Content-Type', file.mediaType);
  response.setHeader('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.send(file.content);
}

/**
 * For download routes marked public: loads the file under the caller's policy and answers a missing session
 * (401), a refusal (403) or an unknown file (404) here, as JSON with the error's message key.
 */
export async function answerDownload(response: Response, load: () => Promise<UploadedFile>): Promise<void> {
  try {
    sendAttachment(response, await load());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    response.status(STATUS[error.code] ?? 400).json({ code: error.code, messageKey: error.messageKey });
  }
}
