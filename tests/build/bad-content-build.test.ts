import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project-copy';

/** A throwaway copy of the project whose content has one broken file. */
function brokenCopy(): string {
  const dir = copyProject('bad-build-');
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
