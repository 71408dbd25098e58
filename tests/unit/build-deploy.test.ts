import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');

/** `npm run build:deploy` (scripts/build.ts --deploy) with the given SITE_URL, or none. */
function buildDeploy(siteUrl: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (siteUrl === undefined) delete env.SITE_URL;
  else env.SITE_URL = siteUrl;
  return spawnSync(
    path.join(repo, 'node_modules', '.bin', 'tsx'),
    ['scripts/build.ts', '--deploy'],
    {
      cwd: repo,
      env,
      encoding: 'utf8',
    },
  );
}

describe('a deploy build without its public address', () => {
  it.each([
    [undefined, 'SITE_URL is not set'],
    ['example.org', 'is not an absolute URL'],
    ['http://localhost:4173', 'is a local address'],
    ['ftp://example.org', 'is not an http(s) address'],
  ])('SITE_URL=%s refuses to run and says why', (siteUrl, reason) => {
    const result = buildDeploy(siteUrl);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(reason);
    expect(result.stderr).toContain('Canonical links, citations, the sitemap and the feed');
    expect(result.stdout).not.toContain('▸');
  });
});
