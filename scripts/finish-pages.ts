/**
 * Build step after `next build`: plain documents without the framework runtime
 * (lib/build/finish-pages.ts explains what is kept and why), the `_headers` file, and the nginx
 * config, which is a deploy file and goes beside the site (`<out-dir>.deploy/nginx.conf`).
 *   usage: tsx scripts/finish-pages.ts [out-dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { finishSite } from '../lib/build/finish-pages';
import { deployDirOf, NGINX_FILE } from '../lib/build/stamp';
import { staticHostHeaders } from '../lib/serve/headers';
import { nginxConfig } from '../lib/serve/nginx';

const outDir = path.resolve(process.argv[2] ?? 'out');
const report = finishSite(outDir);
console.log(
  `Finished ${report.pages} pages: ${report.removedScripts} runtime scripts and preloads removed, ${report.deletedFiles} runtime files deleted.`,
);

// Static hosts that read `_headers` get the same headers `npm start` sends, with one policy for
// the whole site.
fs.writeFileSync(path.join(outDir, '_headers'), staticHostHeaders(report.inline));
console.log(
  `Wrote _headers (${report.inline.scripts.length} inline script and ${report.inline.styles.length} stylesheet hashes).`,
);

// Self-hosters get an nginx config carrying the same headers, types, redirects and caching.
const deployDir = deployDirOf(outDir);
fs.mkdirSync(deployDir, { recursive: true });
fs.writeFileSync(path.join(deployDir, NGINX_FILE), nginxConfig(report.inline));
console.log(`Wrote ${path.basename(deployDir)}/${NGINX_FILE}.`);
