import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAliases } from '@/lib/anchors/apply';
import { mergeManifest } from '@/lib/anchors/registry';
import { siteWith } from './helpers';

const withRegistry = (manifest: object, aliases = '') =>
  siteWith(undefined, (dir) => {
    fs.writeFileSync(path.join(dir, 'published-anchors.json'), JSON.stringify(manifest));
    if (aliases) fs.writeFileSync(path.join(dir, 'anchor-aliases.yaml'), aliases);
  });

describe('the anchor registry', () => {
  it('fails when a published heading id disappears, naming the page, the anchor and the fix', () => {
    const { problems } = withRegistry({ '/': ['what-happened', 'what-the-court-held'] });
    expect(problems).toEqual([
      {
        file: 'content/pages/home.md',
        field: '#what-the-court-held',
        message: 'Published anchor /#what-the-court-held no longer exists',
        fix: 'Links to it are public. Restore the id (e.g. an explicit {#what-the-court-held} on the heading), or add to content/anchor-aliases.yaml:  fragments: { "/#what-the-court-held": "/#new-id" }',
      },
    ]);
  });

  it('accepts the removal once an alias maps the old anchor to its new place', () => {
    const { problems } = withRegistry(
      { '/': ['what-the-court-held'] },
      'fragments:\n  "/#what-the-court-held": "/#what-happened"\n',
    );
    expect(problems).toEqual([]);
  });

  it('fails when a published page disappears without a page alias', () => {
    const { problems } = withRegistry({ '/decision/': [] });
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: '/decision/',
        message: 'Published page /decision/ no longer exists',
      }),
    );
    expect(
      withRegistry({ '/decision/': [] }, 'pages:\n  "/decision/": "/law/"\n').problems,
    ).toEqual([]);
  });

  it('rejects an alias that points nowhere', () => {
    const { problems } = withRegistry({}, 'fragments:\n  "/#old": "/#nowhere"\n');
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/anchor-aliases.yaml',
        message: 'Alias target /#nowhere does not exist',
      }),
    );
  });

  it('only ever adds to the manifest', () => {
    expect(mergeManifest({ '/': ['a', 'gone'] }, { '/': ['a', 'b'], '/law/': ['x'] })).toEqual({
      '/': ['a', 'b', 'gone'],
      '/law/': ['x'],
    });
  });

  it("writes a redirect page at a moved page's old path", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
    applyAliases(out, { fragments: {}, pages: { '/decision/': '/ruling/' } });
    const redirect = fs.readFileSync(path.join(out, 'decision', 'index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/ruling/">');
    expect(redirect).toContain('location.replace("/ruling/" + location.hash)');
    expect(redirect).toContain('<a href="/ruling/">');
  });

  it('rejects a fragment alias that leaves its page, or shadows an id that still exists', () => {
    expect(
      withRegistry({}, 'fragments:\n  "/law/#old": "/#what-happened"\n').problems,
    ).toContainEqual(
      expect.objectContaining({
        message: 'A fragment alias must stay on its page unless the page itself moved',
      }),
    );
    expect(
      withRegistry({}, 'fragments:\n  "/#what-happened": "/#what-happened"\n').problems,
    ).toContainEqual(
      expect.objectContaining({
        message: '#what-happened still exists on /: an alias would duplicate it',
      }),
    );
  });
});
