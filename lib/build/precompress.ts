/**
 * Precompressed copies of the site's text files: `x.br` (Brotli, best) and `x.gz` (gzip, best)
 * next to every HTML, CSS, JS, JSON, XML, SVG, text and citation file, so servers send the
 * encoding a client accepts without compressing on each request (sirv under `npm start`,
 * nginx's brotli_static and gzip_static). Pagefind's index files are compressed by Pagefind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { COMPRESSIBLE_EXTENSIONS, extensionOf } from '../serve/content-types';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export function compressibleFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (COMPRESSIBLE_EXTENSIONS.has(extensionOf(entry.name))) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

async function compressFile(file: string): Promise<{ size: number; br: number; gz: number }> {
  const body = await fs.promises.readFile(file);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([
    fs.promises.writeFile(`${file}.br`, br),
    fs.promises.writeFile(`${file}.gz`, gz),
  ]);
  return { size: body.length, br: br.length, gz: gz.length };
}

export interface CompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Compresses every text file of `dir`, a few at a time (zlib runs them on its thread pool). */
export async function precompressSite(dir: string, concurrency = 4): Promise<CompressReport> {
  const queue = compressibleFiles(dir);
  const report: CompressReport = { files: queue.length, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const sizes = await compressFile(file);
      report.bytes += sizes.size;
      report.brotliBytes += sizes.br;
      report.gzipBytes += sizes.gz;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}
