/**
 * Build step after `next build`: plain documents without the framework runtime
 * (lib/build/finish-pages.ts explains what is kept and why).
 *   usage: tsx scripts/finish-pages.ts [out-dir]
 */
import path from 'node:path';
import { finishSite } from '../lib/build/finish-pages';

const outDir = path.resolve(process.argv[2] ?? 'out');
const report = finishSite(outDir);
console.log(
  `Finished ${report.pages} pages: ${report.removedScripts} runtime scripts and preloads removed, ${report.deletedFiles} runtime files deleted.`,
);
