/**
 * Build step after `next build`: plain documents without the framework runtime
 * (lib/build/finish-pages.ts explains what is kept and why), and the `_headers` file.
 *   usage: tsx scripts/finish-pages.ts [out-dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { finishSite } from '../lib/build/finish-pages';
import { inlineHashes, staticHostHeaders } from '../lib/serve/headers';
import { htmlFiles } from './lib/out-site';

const outDir = path.resolve(process.argv[2] ?? 'out');
const report = finishSite(outDir);
console.log(
  `Finished ${report.pages} pages: ${report.removedScripts} runtime scripts and preloads removed, ${report.deletedFiles} runtime files deleted.`,
);

// Static hosts that read `_headers` get the same headers `npm start` sends, with one policy for
// the whole site.
const scripts = new Set<string>();
const styles = new Set<string>();
for (const file of htmlFiles(outDir)) {
  const found = inlineHashes(fs.readFileSync(path.join(outDir, file), 'utf8'));
  found.scripts.forEach((hash) => scripts.add(hash));
  found.styles.forEach((hash) => styles.add(hash));
}
fs.writeFileSync(
  path.join(outDir, '_headers'),
  staticHostHeaders({ scripts: [...scripts], styles: [...styles] }),
);
console.log(`Wrote _headers (${scripts.size} inline script and ${styles.size} stylesheet hashes).`);
