import { DocumentModel, ProgressCallback } from '../document-model';
import { renderDocx } from '../docx/render-docx';
import { renderPdf } from '../pdf/render-pdf';
import { renderXlsx, SpreadsheetModel } from '../xlsx/render-xlsx';

/** What to render: plain data, so it can be posted to a worker thread. */
export type RenderRequest = { format: 'PDF' | 'DOCX'; model: DocumentModel } | { format: 'XLSX'; model: SpreadsheetModel };

export async function renderDocument(request: RenderRequest, onProgress: ProgressCallback = () => undefined): Promise<Buffer> {
  switch (request.format) {
    case 'PDF':
      return renderPdf(request.model, onProgress);
    case 'DOCX':
      return renderDocx(request.model, onProgress);
    case 'XLSX': {
      const workbook = await renderXlsx(request.model);
      onProgress(1);
      return workbook;
    }
  }
}

/** A document sent to the render worker; `id` tags every message about it. */
export interface RenderWorkerTask {
  id: number;
  request: RenderRequest;
}

/** Messages from the render worker to the thread that started it. */
export type RenderWorkerMessage = { id: number } & ({ kind: 'progress'; fraction: number } | { kind: 'done'; data: Uint8Array } | { kind: 'failed'; message: string });
