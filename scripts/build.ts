/**
 * `npm run build`: every step builds into a staging folder (.site-staging/), and the finished
 * site replaces out/ only when all of them have passed, so a failed or interrupted build leaves
 * the previous out/ as it was (or none at all), never half a site. The last step writes the
 * completion stamp (lib/build/stamp.ts) that `npm start` checks.
 *   usage: tsx scripts/build.ts [--deploy]   --deploy: refuse to build without a public SITE_URL
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { deployDirOf, inputHash, stampPath, writeStamp } from '../lib/build/stamp';
import { SITE_URL } from '../lib/site-config';

function deployAddressProblem(siteUrl: string | undefined): string | null {
  if (!siteUrl) return 'SITE_URL is not set.';
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return `SITE_URL "${siteUrl}" is not an absolute URL.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL "${siteUrl}" is not an http(s) address.`;
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url.hostname))
    return `SITE_URL "${siteUrl}" is a local address.`;
  return null;
}

const OUT = 'out';
const STAGING = '.site-staging';
const PREVIOUS = '.site-previous';
// Each site folder's deploy files (nginx config, stamp) sit beside it, never inside it.
const OUT_DEPLOY = deployDirOf(OUT);
const STAGING_DEPLOY = deployDirOf(STAGING);
const PREVIOUS_DEPLOY = deployDirOf(PREVIOUS);
const removeStaging = () => {
  for (const dir of [STAGING, STAGING_DEPLOY])
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
};

/**
 * After a stopped step: remove the staging folders until they stay gone. A step's own child can
 * outlive the pipes its parent held (Pagefind's binary under its Node wrapper, which a group-wide
 * Ctrl-C stops at the same moment) and write a file or two after the first removal, recreating the
 * folder; a build must not leave a half site behind however its processes happen to end.
 */
async function removeStagingForGood(): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      removeStaging();
    } catch {
      // Something is still writing into it: try again after the pause.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (![STAGING, STAGING_DEPLOY].some((dir) => fs.existsSync(dir))) return;
  }
}

/** A tool from the nearest node_modules/.bin (a project copy inside the repository has none). */
function bin(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '.bin', name);
    if (fs.existsSync(candidate)) return candidate;
    if (dir === path.dirname(dir)) throw new Error(`${name} is not installed: run npm install`);
  }
}
const STEPS: { name: string; command: string[] }[] = [
  { name: 'content check', command: [bin('tsx'), 'scripts/check-content.ts'] },
  { name: 'browser behaviours', command: [bin('tsx'), 'scripts/bundle-behaviours.ts'] },
  { name: 'next build', command: [bin('next'), 'build'] },
  { name: 'finishing', command: [bin('tsx'), 'scripts/finish-pages.ts', STAGING] },
  { name: 'anchor aliases', command: [bin('tsx'), 'scripts/anchors.ts', 'apply', STAGING] },
  { name: 'embeds', command: [bin('tsx'), 'scripts/build-embeds.ts', STAGING] },
  {
    name: 'search index',
    command: [bin('pagefind'), '--site', STAGING, '--output-subdir', 'pagefind'],
  },
  { name: 'precompression', command: [bin('tsx'), 'scripts/precompress.ts', STAGING] },
];

// A deploy build must name its public address: without it every canonical link, citation, the
// sitemap and the feed would point readers at http://localhost:4173.
if (process.argv.includes('--deploy')) {
  const problem = deployAddressProblem(process.env.SITE_URL);
  if (problem) {
    console.error(
      `build:deploy refuses to run: ${problem}\n` +
        'Canonical links, citations, the sitemap and the feed are written with this address.\n' +
        'Set the public address of the site, e.g.  SITE_URL=https://example.org npm run build:deploy',
    );
    process.exit(2);
  }
}

// The inputs are hashed before the first step, so an edit made during the build makes the stamp
// stale rather than hiding in a site built from older sources.
const inputs = inputHash('.');
removeStaging();

// Ctrl-C or a stop from outside: the step running is stopped too, and the staging folder goes.
let interrupted: NodeJS.Signals | null = null;
let running: ChildProcess | null = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    interrupted = signal;
    running?.kill(signal);
  });

function run(command: string, args: string[]): Promise<{ code: number | null; error?: Error }> {
  return new Promise((resolve) => {
    // Output through pipes, and 'close' rather than 'exit': a step's own children (Pagefind's
    // binary under its Node wrapper) hold the pipes until they are gone, so an interrupted step has
    // stopped writing into the staging folder before it is removed.
    running = spawn(command, args, {
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, SITE_STAGING_DIR: STAGING },
    });
    running.stdout?.pipe(process.stdout);
    running.stderr?.pipe(process.stderr);
    running.once('error', (error) => resolve({ code: null, error }));
    running.once('close', (code) => resolve({ code }));
  });
}

for (const step of STEPS) {
  console.log(`\n▸ ${step.name}`);
  const [command, ...args] = step.command;
  const result = await run(command!, args);
  if (result.code !== 0 || interrupted) {
    if (result.error) console.error(result.error.message);
    console.error(
      `\nBuild ${interrupted ? `interrupted (${interrupted})` : 'failed'} at "${step.name}"; out/ is unchanged.`,
    );
    await removeStagingForGood();
    process.exit(interrupted ? 130 : (result.code ?? 1));
  }
}

writeStamp(STAGING, { inputs, siteUrl: SITE_URL, builtAt: new Date().toISOString() });
// out/ is at every moment either the previous complete site or the new one. Its stamp goes first
// and the new one arrives with the last rename, so a swap stopped half-way leaves an unstamped
// out/, which `npm start` rebuilds and `npm run serve` refuses.
for (const dir of [PREVIOUS, PREVIOUS_DEPLOY]) fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(stampPath(OUT), { force: true });
if (fs.existsSync(OUT)) fs.renameSync(OUT, PREVIOUS);
fs.renameSync(STAGING, OUT);
if (fs.existsSync(OUT_DEPLOY)) fs.renameSync(OUT_DEPLOY, PREVIOUS_DEPLOY);
fs.renameSync(STAGING_DEPLOY, OUT_DEPLOY);
for (const dir of [PREVIOUS, PREVIOUS_DEPLOY]) fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `\n▸ done: out/ is the site for ${SITE_URL} (its deploy files: ${OUT_DEPLOY.slice(process.cwd().length + 1)}/)`,
);
