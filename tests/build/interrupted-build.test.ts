import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStamp } from '../../lib/build/stamp';
import { freePort } from '../../scripts/lib/serve-child';
import { copyProject } from './project-copy';

// The local default address, whatever the caller's SITE_URL.
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
delete env.SITE_URL;

/**
 * Runs `npm run build` in `dir` and interrupts it (Ctrl-C: SIGINT to its whole process group)
 * as soon as its output shows `trigger`.
 */
function interruptBuild(dir: string, trigger: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const build = spawn('npm', ['run', 'build'], { cwd: dir, env, detached: true });
    let output = '';
    let interrupted = false;
    const onData = (data: Buffer) => {
      output += data.toString();
      if (!interrupted && trigger.test(output)) {
        interrupted = true;
        process.kill(-build.pid!, 'SIGINT');
      }
    };
    build.stdout.on('data', onData);
    build.stderr.on('data', onData);
    // 'close': every process of the group has let go of the output, cleanup included.
    build.on('close', () =>
      interrupted
        ? resolve(output)
        : reject(new Error(`build ended before ${trigger}:\n${output.slice(-2000)}`)),
    );
  });
}

/** `npm start` in `dir` until it serves; returns what it printed and a way to ask it for pages. */
async function npmStart(dir: string) {
  const port = await freePort();
  const start = spawn('npm', ['start'], {
    cwd: dir,
    env: { ...env, PORT: String(port) },
    detached: true,
  });
  let output = '';
  const serving = await new Promise<boolean>((resolve) => {
    start.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      if (output.includes('Serving')) resolve(true);
    });
    start.stderr.on('data', (data: Buffer) => (output += data.toString()));
    start.on('exit', () => resolve(false));
  });
  const status = async (address: string) =>
    (await fetch(`http://127.0.0.1:${port}${address}`)).status;
  const stop = () => {
    if (start.exitCode === null) process.kill(-start.pid!, 'SIGTERM');
  };
  return { serving, output, status, stop };
}

/** Every file of out/ with its size and time: "untouched" means this does not change. */
function snapshot(out: string): string[] {
  return (fs.readdirSync(out, { recursive: true }) as string[])
    .map((name) => {
      const stats = fs.statSync(path.join(out, name));
      return `${name} ${stats.size} ${stats.mtimeMs}`;
    })
    .sort();
}

/**
 * Never serve or leave a half-built site: the build is interrupted at each of its steps, and
 * `npm start` then serves either nothing half-made (it builds the whole site first) or the
 * previous complete site, untouched.
 */
describe('an interrupted build', () => {
  let dir: string;
  let out: string;

  beforeAll(() => {
    dir = copyProject('interrupted-build-');
    out = path.join(dir, 'out');
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const nothingToServe = () => {
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(path.join(dir, '.site-staging'))).toBe(false);
    expect(fs.existsSync(path.join(dir, '.site-staging.deploy'))).toBe(false);
    const serve = spawnSync('npx', ['tsx', 'scripts/serve.ts'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    expect(serve.status).toBe(1);
    expect(serve.stderr).toContain('No complete build');
    const check = spawnSync('npx', ['tsx', 'scripts/ensure-build.ts', '--check'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
  };

  it('after the content check: leaves no out/, nothing is served', async () => {
    await interruptBuild(dir, /▸ browser behaviours/);
    nothingToServe();
  });

  it('during next build: leaves no out/, nothing is served', async () => {
    const output = await interruptBuild(dir, /Generating static pages/);
    expect(output).toContain('▸ next build');
    nothingToServe();
  });

  let complete: string[] = [];
  it('npm start then builds the whole site before serving it', async () => {
    const start = await npmStart(dir);
    try {
      expect(start.serving, start.output).toBe(true);
      expect(start.output).toContain('Building the site (out/ holds no complete build)');
      expect(await start.status('/')).toBe(200);
      expect(await start.status('/pagefind/pagefind.js')).toBe(200);
      expect(await start.status('/index.txt')).toBe(404);
    } finally {
      start.stop();
    }
    expect(readStamp(out)).not.toBeNull();
    // The deploy files sit beside the published folder, never in it.
    expect(fs.readdirSync(`${out}.deploy`).sort()).toEqual(['build-stamp.json', 'nginx.conf']);
    for (const name of ['_nginx.conf', '.build-stamp.json', 'build-stamp.json', 'nginx.conf'])
      expect(fs.existsSync(path.join(out, name)), name).toBe(false);
    complete = [...snapshot(out), ...snapshot(`${out}.deploy`)];
  });

  for (const [step, trigger] of [
    ['after finishing', /▸ anchor aliases/],
    ['during Pagefind', /▸ search index[\s\S]*Pagefind/],
  ] as const) {
    it(`${step}: out/ stays the previous complete site, and npm start serves it`, async () => {
      const output = await interruptBuild(dir, trigger);
      expect(output).toContain('Build interrupted (SIGINT)');
      expect([...snapshot(out), ...snapshot(`${out}.deploy`)]).toEqual(complete);
      expect(fs.existsSync(path.join(dir, '.site-staging'))).toBe(false);
      expect(fs.existsSync(path.join(dir, '.site-staging.deploy'))).toBe(false);
      const start = await npmStart(dir);
      try {
        expect(start.serving, start.output).toBe(true);
        expect(start.output).not.toContain('Building the site');
        expect(await start.status('/')).toBe(200);
        expect(await start.status('/pagefind/pagefind.js')).toBe(200);
        expect(await start.status('/index.txt')).toBe(404);
      } finally {
        start.stop();
      }
    });
  }
});
