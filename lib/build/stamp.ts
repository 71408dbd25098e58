/**
 * The completion stamp: the build's last step writes it with a hash of everything the site is
 * built from. `npm start` serves out/ as it is only when the stamp is there and its hash matches
 * the sources; the server refuses a folder without one.
 *
 * The stamp and the nginx config are deploy files, not site content, so they live beside the
 * published folder, in `<site>.deploy/` (out/ → out.deploy/): a static host that publishes out/
 * as it is (Cloudflare Pages, Netlify, GitHub Pages, S3) can never serve them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const STAMP_FILE = 'build-stamp.json';
export const NGINX_FILE = 'nginx.conf';

/** The deploy folder of a site folder: `out` → `out.deploy`, beside it. */
export function deployDirOf(siteDir: string): string {
  const site = path.resolve(siteDir);
  return path.join(path.dirname(site), `${path.basename(site)}.deploy`);
}

export function stampPath(siteDir: string): string {
  return path.join(deployDirOf(siteDir), STAMP_FILE);
}

/** What the built site depends on; public/assets/ is itself built from components/. */
const INPUTS = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.ts',
  'scripts/check-content.ts',
  'scripts/bundle-behaviours.ts',
  'scripts/finish-pages.ts',
  'scripts/anchors.ts',
  'scripts/build-embeds.ts',
  'scripts/precompress.ts',
];
const GENERATED = new Set(['public/assets']);

export interface BuildStamp {
  inputs: string;
  siteUrl: string;
  builtAt: string;
}

function filesUnder(projectDir: string, relative: string): string[] {
  const full = path.join(projectDir, relative);
  if (GENERATED.has(relative) || !fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(projectDir, path.posix.join(relative, name)));
}

/** A hash of every input file's path and bytes, and of the settings the build reads. */
export function inputHash(projectDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  hash.update(`SITE_URL=${env.SITE_URL ?? ''}\nCONTENT_DIR=${env.CONTENT_DIR ?? ''}\n`);
  const content = env.CONTENT_DIR ? [path.relative(projectDir, path.resolve(env.CONTENT_DIR))] : [];
  for (const file of [...INPUTS, ...content].flatMap((input) => filesUnder(projectDir, input))) {
    hash.update(`${file}\n`);
    hash.update(fs.readFileSync(path.join(projectDir, file)));
  }
  return hash.digest('hex');
}

export function writeStamp(siteDir: string, stamp: BuildStamp): void {
  fs.mkdirSync(deployDirOf(siteDir), { recursive: true });
  fs.writeFileSync(stampPath(siteDir), `${JSON.stringify(stamp, null, 2)}\n`);
}

export function readStamp(siteDir: string): BuildStamp | null {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampPath(siteDir), 'utf8')) as BuildStamp;
    return typeof stamp.inputs === 'string' ? stamp : null;
  } catch {
    return null;
  }
}
