import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ProgressCallback } from '../document-model';
import { RenderRequest, RenderWorkerMessage, RenderWorkerTask } from './render-request';

/** A warm thread answers the next pack at once; an idle one gives its memory back after this long. */
const IDLE_MILLISECONDS = 5 * 60_000;

interface Pending {
  resolve(data: Buffer): void;
  reject(error: Error): void;
  onProgress: ProgressCallback;
  format: string;
}

let thread: { worker: Worker; pending: Map<number, Pending>; idleTimer?: NodeJS.Timeout } | null = null;
let nextId = 1;

/**
 * Renders a document in a worker thread, so the CPU-heavy layout (fonts, tables, chart pictures, zipping)
 * never holds up the API's event loop. One thread, started on first use: loading PDFKit, docx and ExcelJS
 * takes about a second, so it stays for the next document until it has been idle for five minutes. It
 * keeps the process alive only while it renders, and a crash fails only the documents it was rendering.
 */
export function renderInWorker(request: RenderRequest, onProgress: ProgressCallback = () => undefined): Promise<Buffer> {
  const current = thread ?? startThread();
  clearTimeout(current.idleTimer);
  // Referenced while it works (a script awaiting a document must not exit), unreferenced when idle.
  current.worker.ref();
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    current.pending.set(id, { resolve, reject, onProgress, format: request.format });
    current.worker.postMessage({ id, request } satisfies RenderWorkerTask);
  });
}

function startThread(): NonNullable<typeof thread> {
  const { file, execArgv, env } = workerScript();
  const worker = new Worker(file, { execArgv, env });
  const started: NonNullable<typeof thread> = { worker, pending: new Map() };
  thread = started;

  const finish = (id: number, outcome: (pending: Pending) => void) => {
    const pending = started.pending.get(id);
    if (!pending) return;
    started.pending.delete(id);
    outcome(pending);
    if (started.pending.size === 0 && thread === started) {
      worker.unref();
      started.idleTimer = setTimeout(() => {
        thread = null;
        void worker.terminate();
      }, IDLE_MILLISECONDS);
      started.idleTimer.unref();
    }
  };
  worker.on('message', (message: RenderWorkerMessage) => {
    if (message.kind === 'progress') started.pending.get(message.id)?.onProgress(message.fraction);
    else if (message.kind === 'done') finish(message.id, ({ resolve }) => resolve(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength)));
    else finish(message.id, ({ reject, format }) => reject(new Error(`Rendering ${format} failed in the worker: ${message.message}`)));
  });
  const failAll = (error: Error) => {
    if (thread === started) thread = null;
    clearTimeout(started.idleTimer);
    for (const id of [...started.pending.keys()]) finish(id, ({ reject }) => reject(error));
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The render worker stopped (exit code ${code}).`)));
  return started;
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
