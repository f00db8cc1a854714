import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ProgressCallback } from '../document-model';
import { RenderRequest, RenderWorkerMessage } from './render-request';

/**
 * Renders a document in a worker thread, so the CPU-heavy layout (fonts, tables, chart pictures, zipping)
 * never holds up the API's event loop. One thread per document: a pack is rendered now and then, and a
 * fresh thread returns all its memory when it ends.
 */
export function renderInWorker(request: RenderRequest, onProgress: ProgressCallback = () => undefined): Promise<Buffer> {
  const { file, execArgv, env } = workerScript();
  return new Promise<Buffer>((resolve, reject) => {
    const worker = new Worker(file, { workerData: request, execArgv, env });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    worker.on('message', (message: RenderWorkerMessage) => {
      if (message.kind === 'progress') onProgress(message.fraction);
      else if (message.kind === 'done') settle(() => resolve(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength)));
      else settle(() => reject(new Error(`Rendering ${request.format} failed in the worker: ${message.message}`)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The render worker stopped (exit code ${code}) before it finished.`))));
  });
}

/**
 * The built API has the worker as its own bundle beside main.js (see api/webpack.config.js). Run from
 * source (Jest, ts-node) there is only the TypeScript file, which the thread compiles as it loads it.
 */
function workerScript(): { file: string; execArgv: string[]; env: NodeJS.ProcessEnv } {
  const bundled = join(__dirname, 'render-worker.js');
  if (existsSync(bundled)) return { file: bundled, execArgv: [], env: process.env };
  // Plain CommonJS, whatever tsconfig is nearest: the documents library needs nothing else.
  const compilerOptions = { module: 'commonjs', moduleResolution: 'node10', target: 'es2022', esModuleInterop: true };
  return {
    file: join(__dirname, 'render-worker.ts'),
    execArgv: ['--require', 'ts-node/register/transpile-only'],
    env: { ...process.env, TS_NODE_SKIP_PROJECT: 'true', TS_NODE_COMPILER_OPTIONS: JSON.stringify(compilerOptions) },
  };
}
