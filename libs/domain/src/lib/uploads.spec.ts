import { MAX_UPLOAD_BYTES, PDF_OR_DOCX, uploadProblem } from './uploads';

describe('uploadProblem', () => {
  it('accepts a PDF or DOCX from 1 byte up to 10 MB', () => {
    expect(uploadProblem({ size: 1, type: 'application/pdf' }, PDF_OR_DOCX)).toBeNull();
    expect(uploadProblem({ size: MAX_UPLOAD_BYTES, type: PDF_OR_DOCX[1] }, PDF_OR_DOCX)).toBeNull();
  });

  it('refuses an empty or too large file before looking at its type', () => {
    expect(uploadProblem({ size: 0, type: 'application/pdf' }, PDF_OR_DOCX)).toBe('validation.documentSize');
    expect(uploadProblem({ size: MAX_UPLOAD_BYTES + 1, type: 'image/png' }, PDF_OR_DOCX)).toBe('validation.documentSize');
  });

  it('refuses another type only where types are named', () => {
    expect(uploadProblem({ size: 10, type: 'image/png' }, PDF_OR_DOCX)).toBe('validation.documentType');
    expect(uploadProblem({ size: 10, type: 'image/png' })).toBeNull();
  });
});
