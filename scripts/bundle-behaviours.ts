/**
 * Bundles the browser behaviours (lib/behaviours.ts) into public/assets/<name>.js, one
 * self-contained module each, so a page loads only what it renders. Runs before `next build`
 * (which copies public/ into out/) and before `next dev`.
 *   usage: tsx scripts/bundle-behaviours.ts
 */
import path from 'node:path';
import { build } from 'esbuild';
import { BEHAVIOURS } from '../lib/behaviours';

const outdir = path.resolve('public/assets');

const result = await build({
  entryPoints: Object.fromEntries(Object.entries(BEHAVIOURS)),
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // Browsers that run module scripts; older ones get the server HTML, which works on its own.
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  metafile: true,
  logLevel: 'warning',
});

for (const [file, output] of Object.entries(result.metafile.outputs)) {
  console.log(`${path.relative(process.cwd(), file)}  ${(output.bytes / 1024).toFixed(1)} kB`);
}
