/**
 * Build step after Pagefind: `.br` and `.gz` copies of every text file (lib/build/precompress.ts).
 *   usage: tsx scripts/precompress.ts [site-dir]
 */
import path from 'node:path';
import { precompressSite } from '../lib/build/precompress';

const dir = path.resolve(process.argv[2] ?? 'out');
const started = Date.now();
const report = await precompressSite(dir);
const percent = (part: number) => `${Math.round((100 * part) / report.bytes)}%`;
console.log(
  `Precompressed ${report.files} files in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    `Brotli ${percent(report.brotliBytes)}, gzip ${percent(report.gzipBytes)} of ${(report.bytes / 1e6).toFixed(1)} MB.`,
);
