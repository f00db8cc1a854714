import { parentPort, workerData } from 'node:worker_threads';
import { RenderRequest, renderDocument, RenderWorkerMessage } from './render-request';

/**
 * Entry point of the render worker thread (its own webpack entry, `dist/api/render-worker.js`): renders
 * one document and posts progress and the file back. Runs nothing else; the thread ends when done.
 */
const post = (message: RenderWorkerMessage) => parentPort?.postMessage(message);

renderDocument(workerData as RenderRequest, (fraction) => post({ kind: 'progress', fraction }))
  .then((data) => post({ kind: 'done', data }))
  .catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
