import fs from 'node:fs';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '..', '..');

/** What a copy of the project for a build does not need. */
const SKIP = new Set([
  'node_modules',
  '.git',
  '.next',
  '.tmp',
  'out',
  '.site-staging',
  '.site-previous',
  'out.deploy',
  '.site-staging.deploy',
  '.site-previous.deploy',
  'tests',
  'test-results',
  'reports',
]);

/**
 * A throwaway copy of the project to build and break. It sits inside the repository (.tmp/), so
 * it resolves node_modules from here as a real checkout would. The caller removes it.
 */
export function copyProject(prefix: string): string {
  fs.mkdirSync(path.join(repo, '.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(repo, '.tmp', prefix));
  for (const entry of fs.readdirSync(repo).filter((name) => !SKIP.has(name))) {
    fs.cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}
