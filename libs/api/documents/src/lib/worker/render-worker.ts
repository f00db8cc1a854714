import { parentPort } from 'node:worker_threads';
import { renderDocument, RenderWorkerMessage, RenderWorkerTask } from './render-request';

/**
 * Entry point of the render worker thread (its own webpack entry, `dist/api/render-worker.js`): renders
 * each document it is sent and posts progress and the file back, tagged with the task's id. The thread
 * stays warm between documents; the API ends it when it has been idle a while.
 */
const post = (message: RenderWorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', ({ id, request }: RenderWorkerTask) => {
  renderDocument(request, (fraction) => post({ id, kind: 'progress', fraction }))
    .then((data) => post({ id, kind: 'done', data }))
    .catch((error: unknown) => post({ id, kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
