/**
 * Cloudflare's own runtime for static sites: `wrangler pages dev` (the wrangler npm package and
 * its workerd binary) serves out/ as Cloudflare Pages publishes it, applying `_headers`. The
 * browser tests run the serving specs against it (project `wrangler`), offline: no telemetry, and
 * a compatibility date this workerd knows (it refuses a newer one).
 */
import fs from 'node:fs';
import path from 'node:path';

export const WRANGLER_COMPATIBILITY_DATE = '2026-05-01';

export const WRANGLER_ARGS = [
  'pages',
  'dev',
  'out',
  '--ip',
  '127.0.0.1',
  '--compatibility-date',
  WRANGLER_COMPATIBILITY_DATE,
];

export function wranglerAvailable(): boolean {
  return fs.existsSync(path.join('node_modules', '.bin', 'wrangler'));
}
