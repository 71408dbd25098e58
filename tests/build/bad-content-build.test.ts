import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
/** What a copy of the project for a build does not need. */
const SKIP = new Set([
  'node_modules',
  '.git',
  '.next',
  '.tmp',
  'out',
  'tests',
  'test-results',
  'reports',
]);

/** A throwaway copy of the project whose content has one broken file. */
function brokenCopy(): string {
  // Inside the repository, so the copy resolves node_modules from here as a real project would.
  fs.mkdirSync(path.join(repo, '.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(repo, '.tmp', 'bad-build-'));
  for (const entry of fs.readdirSync(repo).filter((name) => !SKIP.has(name))) {
    fs.cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  }
  const event = path.join(dir, 'content', 'timeline', '2025-05-12-pi-denied.md');
  fs.writeFileSync(
    event,
    fs.readFileSync(event, 'utf8').replace(/^date: .*$/m, 'date: "May 12th"'),
  );
  return dir;
}

describe('broken content never reaches out/', () => {
  let dir: string;
  beforeAll(() => {
    dir = brokenCopy();
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('npm run build stops at the content check, naming file and field', () => {
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/timeline/2025-05-12-pi-denied.md');
    expect(result.stderr).toMatch(
      /date\s+Invalid date "May 12th" \(write YYYY-MM-DD, YYYY-MM or YYYY\)/,
    );
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('next build on its own also refuses it', () => {
    const result = spawnSync('npx', ['next', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /content\/timeline\/2025-05-12-pi-denied\.md[\s\S]*Invalid date "May 12th"/,
    );
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
