export * from './lib/document-model';
export * from './lib/pdf/render-pdf';
export * from './lib/docx/render-docx';
export * from './lib/xlsx/render-xlsx';
export type { RenderRequest } from './lib/worker/render-request';
export { renderInWorker } from './lib/worker/render-in-worker';
