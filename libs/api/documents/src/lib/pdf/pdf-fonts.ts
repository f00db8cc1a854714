import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * DejaVu Sans is embedded so every character (ë, é, €, –) renders the same everywhere and the PDF meets
 * PDF/UA's "all fonts embedded". Resolved from the working directory's node_modules at run time, because
 * the API bundle keeps node_modules external and has no files of its own beside it.
 */
const resolveFromWorkingDirectory = createRequire(join(process.cwd(), 'package.json'));
const cache = new Map<string, Buffer>();

export type FontName = 'regular' | 'bold';
const FILES: Record<FontName, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };

export function fontPath(name: FontName): string {
  return resolveFromWorkingDirectory.resolve(`dejavu-fonts-ttf/ttf/${FILES[name]}`);
}

export function fontData(name: FontName): Buffer {
  const cached = cache.get(name);
  if (cached) return cached;
  const data = readFileSync(fontPath(name));
  cache.set(name, data);
  return data;
}
