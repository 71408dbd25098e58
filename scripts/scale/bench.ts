/**
 * `npm run bench:scale`: how the content check and the build grow with the amount of content.
 *
 * For 1×, 10× and 100× synthetic content (scripts/scale/generate.ts: per unit 1,000 events, 500
 * terms, 200 sources, on top of the real content, which is the 0× row) it times the content check
 * (buildSite, in a fresh process, as `npm run check:content` runs it) and, at 0×, 1× and 10×, a
 * full `next build` of a copy of the app that reads the synthetic content through CONTENT_DIR.
 * A build above 10× is skipped when the smaller builds extrapolate it past MAX_BUILD_S (10 min):
 * the 100× one. Writes reports/scale.md and fails when the check stops being linear: ms per file at 100×
 * more than 3× the 1× figure.
 *   usage: tsx scripts/scale/bench.ts [scales…]   (default 0 1 10 100)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownTable, writeReport } from '../lib/out-site';
import { generate, type Generated } from './generate';

/** Longest build the bench will start (extrapolated from the last one) or wait for. */
const MAX_BUILD_S = Number(process.env.MAX_BUILD_S ?? 600);
/** Runs of the check at each scale below 100× (the median is reported). */
const CHECK_RUNS = 3;
/** ms per file at the largest scale may be at most this many times the 1× figure. */
const LINEAR_FACTOR = 3;
const BUILD_SCALES = new Set([0, 1, 10, 100]);

const repo = process.cwd();
const scales = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [0, 1, 10, 100];
const tmpRoot = path.join(os.tmpdir(), 'irs-ice-scale');
fs.mkdirSync(path.join(repo, '.tmp'), { recursive: true });
const buildDir = fs.mkdtempSync(path.join(repo, '.tmp', 'scale-build-'));
const bin = (name: string) => path.join(repo, 'node_modules', '.bin', name);
const heap = {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=12288`.trim(),
};

interface RunResult {
  code: number | null;
  out: string;
  ms: number;
  timedOut: boolean;
}

/** Runs a command in its own process group, so a timeout ends everything it started. */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutS: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? repo,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, ms: performance.now() - started, timedOut });
    });
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The check's own timing (it excludes process start), and what it counted. */
async function timeCheck(dir: string, runs: number): Promise<{ ms: number; counts: string }> {
  const times: number[] = [];
  let counts = '';
  for (let i = 0; i < runs; i++) {
    const result = await run(bin('tsx'), ['scripts/check-content.ts', dir], {
      env: heap,
      timeoutS: 1800,
    });
    const ms = /in (\d+) ms/.exec(result.out)?.[1];
    if (result.code !== 0 || !ms)
      throw new Error(`The content check failed on ${dir}:\n${result.out.slice(-3000)}`);
    times.push(Number(ms));
    const found = /(\d+) events, (\d+) terms, (\d+) sources/.exec(result.out);
    counts = found
      ? `${Number(found[1]).toLocaleString('en-US')} / ${Number(found[2]).toLocaleString('en-US')} / ${Number(found[3]).toLocaleString('en-US')}`
      : '?';
  }
  return { ms: median(times), counts };
}

/** Not copied into the build copy: content comes from CONTENT_DIR; the rest is output or tooling. */
const NOT_COPIED = new Set([
  'node_modules',
  '.next',
  'out',
  '.tmp',
  '.git',
  'content',
  'tests',
  'test-results',
  'reports',
  'playwright-report',
  'package-lock.json',
]);

/**
 * A copy of the app to build without touching the real .next/ and out/. It sits inside the
 * repository so Node and Turbopack resolve the repository's node_modules/ from it.
 */
function prepareBuildCopy(): void {
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.mkdirSync(buildDir, { recursive: true });
  for (const entry of fs.readdirSync(repo)) {
    if (!NOT_COPIED.has(entry) && !entry.endsWith('.tsbuildinfo'))
      fs.cpSync(entry, path.join(buildDir, entry), { recursive: true });
  }
}

interface BuildResult {
  s: number | null;
  note: string;
  outMB?: number;
  largest?: string;
}

async function timeBuild(gen: Generated, timeoutS: number): Promise<BuildResult> {
  fs.rmSync(path.join(buildDir, '.next'), { recursive: true, force: true });
  fs.rmSync(path.join(buildDir, 'out'), { recursive: true, force: true });
  const build = () =>
    run(bin('next'), ['build'], {
      cwd: buildDir,
      env: { ...heap, CONTENT_DIR: gen.dir, NEXT_TELEMETRY_DISABLED: '1' },
      timeoutS,
    });
  let result = await build();
  let note = '';
  if (result.code !== 0 && !result.timedOut && result.out.includes('pages-manifest.json')) {
    // On a machine shared with other builds Next has failed once here with a missing
    // .next/server/pages-manifest.json; one clean retry tells a flake from a real failure.
    console.warn(`next build failed at ${gen.dir}, retrying once:\n${result.out.slice(-1500)}`);
    fs.rmSync(path.join(buildDir, '.next'), { recursive: true, force: true });
    result = await build();
    note = ' (second attempt)';
  }
  if (result.timedOut) return { s: null, note: `stopped after ${timeoutS} s` };
  if (result.code !== 0) {
    // A failure at scale is a result, not a crash: report what Next said.
    const slow = /Failed to build (\S+) .*took more than (\d+) seconds/.exec(result.out);
    console.warn(`next build failed at ${gen.dir}:\n${result.out.slice(-2500)}`);
    return {
      s: null,
      note: slow
        ? `failed after ${(result.ms / 1000).toFixed(0)} s: ${slow[1]} took over ${slow[2]} s to prerender (Next's staticPageGenerationTimeout)`
        : `failed after ${(result.ms / 1000).toFixed(0)} s (see the bench output)`,
    };
  }
  // Finishing (the runtime taken out of every page) is part of what `npm run build` publishes.
  const finish = await run(bin('tsx'), ['scripts/finish-pages.ts', 'out'], {
    cwd: buildDir,
    env: heap,
    timeoutS,
  });
  if (finish.code !== 0)
    return { s: null, note: `finishing the pages failed: ${finish.out.slice(-300)}` };
  result.ms += finish.ms;
  const out = path.join(buildDir, 'out');
  const timeline = fs.readFileSync(path.join(out, 'timeline', 'index.html'), 'utf8');
  const rendered = timeline.match(/id="[^"]*-synthetic-event-\d+"/g)?.length ?? 0;
  if (rendered !== gen.events)
    throw new Error(
      `The build did not read the synthetic content: ${rendered} of ${gen.events} events on /timeline/`,
    );
  let bytes = 0;
  let largest = { file: '', size: 0 };
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const size = fs.statSync(full).size;
        bytes += size;
        if (e.name.endsWith('.html') && size > largest.size)
          largest = { file: `/${path.relative(out, full)}`, size };
      }
    }
  };
  walk(out);
  return {
    s: result.ms / 1000,
    note,
    outMB: bytes / 1e6,
    largest: `${largest.file.replace(/index\.html$/, '')} ${(largest.size / 1e6).toFixed(1)} MB`,
  };
}

interface Row {
  scale: number;
  gen: Generated;
  checkMs: number;
  counts: string;
  build?: BuildResult;
}

const rows: Row[] = [];
const builds: { scale: number; s: number }[] = [];
/** The next build's time, extrapolated linearly from the last two (fixed cost + cost per unit). */
function estimateBuild(scale: number): number {
  const [prev, last] = builds.slice(-2);
  if (!prev || !last || last.scale === prev.scale) return 0;
  return last.s + ((scale - last.scale) * (last.s - prev.s)) / (last.scale - prev.scale);
}
prepareBuildCopy();
try {
  for (const scale of scales) {
    const gen = generate(scale, path.join(tmpRoot, `${scale}x`));
    const { ms: checkMs, counts } = await timeCheck(gen.dir, scale >= 100 ? 1 : CHECK_RUNS);
    const row: Row = { scale, gen, checkMs, counts };
    console.log(
      `${scale}×: ${gen.files} files, check ${checkMs} ms (${(checkMs / gen.files).toFixed(3)} ms/file)`,
    );
    if (BUILD_SCALES.has(scale)) {
      // The 1× and 10× builds always run (the brief's minimum); larger ones only if they fit.
      const estimate = estimateBuild(scale);
      if (scale > 10 && estimate > MAX_BUILD_S) {
        row.build = {
          s: null,
          note: `skipped: about ${Math.round(estimate / 60)} min extrapolated from the smaller builds, over the ${MAX_BUILD_S / 60} min bound`,
        };
      } else {
        row.build = await timeBuild(gen, Math.max(MAX_BUILD_S, 2 * estimate));
        if (row.build.s !== null) builds.push({ scale, s: row.build.s });
      }
      console.log(
        `${scale}×: build ${row.build.s === null ? row.build.note : `${row.build.s.toFixed(1)} s`}`,
      );
    }
    rows.push(row);
    fs.rmSync(gen.dir, { recursive: true, force: true });
  }
} finally {
  fs.rmSync(tmpRoot, { recursive: true, force: true });
  fs.rmSync(buildDir, { recursive: true, force: true });
}

const base = rows.find((r) => r.scale === 0);
const perFile = (r: Row) => r.checkMs / r.gen.files;
const marginal = (r: Row) =>
  base && r !== base ? (r.checkMs - base.checkMs) / (r.gen.files - base.gen.files) : NaN;
const one = rows.find((r) => r.scale === 1);
const top = rows.reduce((a, b) => (b.scale > a.scale ? b : a));
const ratio = one && top !== one ? perFile(top) / perFile(one) : NaN;
const linear = Number.isNaN(ratio) || ratio <= LINEAR_FACTOR;

const table = markdownTable(
  [
    'scale',
    'files',
    'events / terms / sources',
    'check ms',
    'ms per file',
    'ms per added file',
    'build s',
    'out/',
    'largest page',
  ],
  rows.map((r) => [
    r.scale === 0 ? '0× (real content)' : `${r.scale}×`,
    r.gen.files.toLocaleString('en-US'),
    r.counts,
    r.checkMs.toLocaleString('en-US'),
    perFile(r).toFixed(3),
    Number.isNaN(marginal(r)) ? '—' : marginal(r).toFixed(3),
    r.build
      ? r.build.s === null
        ? r.build.note
        : `${r.build.s.toFixed(1)}${r.build.note}`
      : 'not run',
    r.build?.outMB ? `${r.build.outMB.toFixed(0)} MB` : '—',
    r.build?.largest ?? '—',
  ]),
);

const report = `# Scale

Generated by \`npm run bench:scale\` (scripts/scale/bench.ts) on ${os.cpus().length} CPU(s), Node ${process.version}.
Synthetic content (scripts/scale/generate.ts) adds, per 1×, 1,000 timeline events, 500 glossary
terms and 200 sources to the real content, all valid and cross-referenced (sources, glossary
terms, anchors into /timeline/, /glossary/ and a statute). "check ms" is the content check
(\`buildSite\`: load, validate, parse, cross-file rules) in a fresh process, the median of
${CHECK_RUNS} runs below 100×; "build s" is a full \`next build\` (static export) plus the finishing step of the app reading that
content through \`CONTENT_DIR\`, wall clock, on a machine shared with other work.

${table}

The check is ${linear ? '' : '**not** '}linear: ms per file at ${top.scale}× is ${Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}×`} the 1× figure (limit ${LINEAR_FACTOR}×).
The build grows with the size of the list pages: /timeline/, /glossary/ and /sources/ render
every entry on one page, so their HTML grows linearly with the content.${rows.some((r) => r.build?.note.startsWith('skipped')) ? `\nThe 100× build was skipped to keep the run bounded (MAX_BUILD_S=${MAX_BUILD_S}).` : ''}
`;
const written = writeReport('scale.md', report);
console.log(`\n${table}\n\nReport: ${written}`);
if (!linear) {
  console.error(
    `✖ The content check is not linear: ms per file at ${top.scale}× is ${ratio.toFixed(2)}× the 1× figure (limit ${LINEAR_FACTOR}×).`,
  );
  process.exit(1);
}
