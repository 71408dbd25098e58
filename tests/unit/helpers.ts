import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '@/lib/content/site';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'content');

/** A copy of the valid fixture site with the files of one invalid fixture laid over it. */
export function siteWith(overlay?: string, extra?: (contentDir: string) => void) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  const content = path.join(root, 'content');
  fs.cpSync(path.join(FIXTURES, 'valid'), content, { recursive: true });
  if (overlay) fs.cpSync(path.join(FIXTURES, 'invalid', overlay), content, { recursive: true });
  extra?.(content);
  return buildSite(content, root);
}
