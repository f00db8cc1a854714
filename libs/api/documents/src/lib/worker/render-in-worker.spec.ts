import { inspectDocx, inspectPdf, pdfText } from '@regie/api/testing';
import { SAMPLE_DOCUMENT } from '../testing/sample-document';
import { renderInWorker } from './render-in-worker';

// The first document starts the thread, which compiles the renderers from source here: slow on a busy machine.
const STARTUP_TIMEOUT = 60_000;

describe('renderInWorker', () => {
  it('renders a PDF in a worker thread and relays its progress', async () => {
    const progress: number[] = [];
    const pdf = inspectPdf(await renderInWorker({ format: 'PDF', model: SAMPLE_DOCUMENT }, (fraction) => progress.push(fraction)));
    expect(pdf.title).toBe(SAMPLE_DOCUMENT.title);
    expect(pdfText(pdf)).toContain('Cameratoezicht geëvalueerd');
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
  }, STARTUP_TIMEOUT);

  it('renders a DOCX with its chart pictures in the worker (the native PNG renderer loads there)', async () => {
    const docx = await inspectDocx(await renderInWorker({ format: 'DOCX', model: SAMPLE_DOCUMENT }));
    expect(Object.keys(docx.zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
  }, STARTUP_TIMEOUT);

  it('keeps the calling thread free: a timer ticks on while a long document renders', async () => {
    // One block the renderer cannot yield inside: drawn on this thread it blocked for ~360 ms.
    const rows = Array.from({ length: 600 }, (_, index) => [`Gemeente ${index + 1}`, 1000 + index, 900]);
    const model = { title: 'Bijlage', language: 'nl-NL', sections: [{ heading: 'Bijlage', blocks: [{ kind: 'table' as const, caption: 'Per gemeente', header: ['Gemeente', 'Meldingen', 'Streefwaarde'], rows }] }] };
    let longestPause = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      longestPause = Math.max(longestPause, Date.now() - last);
      last = Date.now();
    }, 5);
    try {
      await renderInWorker({ format: 'PDF', model });
    } finally {
      clearInterval(timer);
    }
    expect(longestPause).toBeLessThan(150);
  }, STARTUP_TIMEOUT);

  it('rejects with the renderer error when a document cannot be rendered', async () => {
    const broken = { ...SAMPLE_DOCUMENT, sections: null } as never;
    await expect(renderInWorker({ format: 'PDF', model: broken })).rejects.toThrow(/Rendering PDF failed in the worker/);
  }, STARTUP_TIMEOUT);
});
