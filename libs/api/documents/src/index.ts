export * from './lib/document-model';
export * from './lib/pdf/render-pdf';
export * from './lib/docx/render-docx';
export * from './lib/xlsx/render-xlsx';
