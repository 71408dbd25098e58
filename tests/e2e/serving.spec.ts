/**
 * How the site is served, checked against three servers (the Playwright projects `desktop`, our
 * `npm start` server; `nginx`, Debian's nginx with the build's `out.deploy/nginx.conf`; and
 * `wrangler`, Cloudflare's runtime publishing out/ as it is with its `_headers`): the 404 page,
 * `/path` → `/path/`, content types and downloads, framing, precompressed answers, revalidation,
 * HEAD and caching. What a static host must do is in the README's Deploy section.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from './fixtures';

const file = (name: string) => fs.readFileSync(path.join('out', name));

test('an unknown address answers 404 with the 404 page, for pages and files alike', async ({
  page,
  request,
}) => {
  for (const address of [
    '/no-such-page/',
    '/no-such-page',
    '/ruling/nothing.html',
    '/og/',
    '/es/nada/',
  ]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(response.headers()['content-type'], address).toBe('text/html; charset=utf-8');
    expect(await response.text(), address).toBe(file('404.html').toString('utf8'));
  }
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('searchbox').first()).toBeVisible();
});

test('an address without its final slash redirects to the page, keeping the query', async ({
  page,
  request,
}, testInfo) => {
  // Cloudflare answers with its own permanent redirect, 308; ours and nginx's send 301.
  const permanent = testInfo.project.name === 'wrangler' ? 308 : 301;
  for (const [from, to] of [
    ['/ruling', '/ruling/'],
    ['/law/26-usc-6103', '/law/26-usc-6103/'],
    ['/es', '/es/'],
    ['/search?q=6103', '/search/?q=6103'],
  ] as const) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(permanent);
    expect(response.headers()['location'], from).toBe(to);
  }
  await page.goto('/timeline');
  expect(new URL(page.url()).pathname).toBe('/timeline/');
});

test('citation files download under their name with their own content type', async ({
  request,
}) => {
  const TYPES: Record<string, string> = {
    '.bib': 'application/x-bibtex; charset=utf-8',
    '.ris': 'application/x-research-info-systems; charset=utf-8',
    '.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  };
  const files = fs.readdirSync(path.join('out', 'cite')).filter((f) => !/\.(br|gz)$/.test(f));
  expect(files).toEqual(
    expect.arrayContaining(['ruling.bib', 'ruling.ris', 'ruling.json', '26-usc-6103.bib']),
  );
  for (const name of files) {
    const response = await request.get(`/cite/${name}`);
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-type'], name).toBe(TYPES[path.extname(name)]);
    expect(response.headers()['content-disposition'], name).toBe(`attachment; filename="${name}"`);
  }
  const ris = await (await request.get('/cite/ruling.ris')).text();
  expect(ris).toMatch(/^TY {2}- ELEC\r\n[\s\S]*\r\nER {2}- \r\n$/);
});

test('files get their content types', async ({ request }) => {
  const pagefindScript = '/pagefind/pagefind.js';
  for (const [address, type] of [
    ['/', 'text/html; charset=utf-8'],
    ['/data/timeline.json', 'application/json; charset=utf-8'],
    ['/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/es/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/embed/status/home/', 'text/html; charset=utf-8'],
    ['/embed/status/home/oembed.json', 'application/json; charset=utf-8'],
    ['/es/embed/questions/civil-enforcement/oembed.json', 'application/json; charset=utf-8'],
    ['/embed/pages/law/26-usc-6103/items.json', 'application/json; charset=utf-8'],
    ['/data/glossary.json', 'application/json; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
    ['/og/ruling.png', 'image/png'],
    [pagefindScript, 'text/javascript; charset=utf-8'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
  ] as const) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers()['content-type'], address).toBe(type);
  }
});

test('text is sent precompressed in the best encoding the client accepts', async ({
  request,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'wrangler',
    'Cloudflare compresses at its edge; its local runtime sends files as they are',
  );
  const original = file('ruling/index.html');
  for (const [accept, encoding] of [
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    // Playwright decodes what it receives: compare the bytes decoded with the original file.
    const response = await request.get('/ruling/', { headers: { 'Accept-Encoding': accept } });
    expect(response.headers()['content-encoding'], accept).toBe(encoding);
    expect(response.headers()['vary'], accept).toMatch(/Accept-Encoding/i);
    expect(await response.body(), accept).toEqual(original);
  }
  // The build wrote the variants themselves, next to the file.
  expect(zlib.brotliDecompressSync(file('ruling/index.html.br'))).toEqual(original);
  expect(zlib.gunzipSync(file('ruling/index.html.gz'))).toEqual(original);
});

test('a revalidation answers 304, and HEAD answers like GET without a body', async ({
  request,
}, testInfo) => {
  // Cloudflare revalidates by ETag alone and sends no Last-Modified.
  const lastModified = testInfo.project.name !== 'wrangler';
  for (const address of ['/', '/law/26-usc-6103/', '/assets/page-enhancements.js']) {
    const first = await request.get(address, { headers: { 'Accept-Encoding': 'br' } });
    const etag = first.headers()['etag'];
    expect(etag, address).toBeTruthy();
    if (lastModified) expect(first.headers()['last-modified'], address).toBeTruthy();
    const again = await request.get(address, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag! },
    });
    expect(again.status(), address).toBe(304);
    expect((await again.body()).length, address).toBe(0);

    const head = await request.head(address, { headers: { 'Accept-Encoding': 'br' } });
    expect(head.status(), address).toBe(200);
    expect(head.headers()['content-length'], address).toBe(first.headers()['content-length']);
    expect(head.headers()['content-type'], address).toBe(first.headers()['content-type']);
    expect((await head.body()).length, address).toBe(0);
  }
});

test('only files named by their content are cached as immutable', async ({ request }) => {
  const css = fs
    .readdirSync(path.join('out', '_next', 'static', 'chunks'))
    .find((f) => f.endsWith('.css'));
  const fragment = fs
    .readdirSync(path.join('out', 'pagefind', 'fragment'))
    .find((f) => f.endsWith('.pf_fragment'));
  for (const address of [`/_next/static/chunks/${css}`, `/pagefind/fragment/${fragment}`]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers()['cache-control'], address).toBe(
      'public, max-age=31536000, immutable',
    );
  }
  for (const address of [
    '/',
    '/ruling/',
    '/assets/page-enhancements.js',
    '/pagefind/pagefind.js',
    '/data/timeline.json',
    '/og/ruling.png',
  ]) {
    const response = await request.get(address);
    expect(response.headers()['cache-control'], address).toBe('no-cache');
  }
});

test('deploy files are not published', async ({ request }) => {
  // They are not in out/ (the build writes them to out.deploy/), and the old names are refused.
  for (const name of ['build-stamp.json', 'nginx.conf', '.build-stamp.json', '_nginx.conf'])
    expect(fs.existsSync(path.join('out', name)), name).toBe(false);
  for (const address of [
    '/_headers',
    '/_nginx.conf',
    '/.build-stamp.json',
    '/nginx.conf',
    '/build-stamp.json',
    '/out.deploy/nginx.conf',
    '/../out.deploy/build-stamp.json',
  ]) {
    const response = await request.get(address);
    // Cloudflare's local runtime answers its own `_headers` with an error page, never the rules.
    expect(response.ok(), address).toBe(false);
    const body = await response.text();
    for (const secret of ['add_header', '"inputs"', 'X-Frame-Options:'])
      expect(body, address).not.toContain(secret);
  }
});

test('framing is allowed only under /embed/', async ({ request }) => {
  const framable = [
    '/embed/status/home/',
    '/embed/status/home/oembed.json',
    '/es/embed/status/ruling/',
    '/embed/law/26-usc-6103/i_2/',
    '/embed/thread/litigation/',
  ];
  const notFramable = [
    '/',
    '/ruling/',
    '/es/',
    '/law/26-usc-6103/',
    '/timeline/',
    '/feed.xml',
    '/data/timeline.json',
    '/cite/ruling.bib',
    '/no-such-page/',
    '/embedded/',
    '/es/embedded/',
  ];
  for (const address of framable) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    const headers = response.headers();
    expect(headers['x-frame-options'], address).toBeUndefined();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, address).toMatch(/(^|;\s*)frame-ancestors \*(;|$)/);
    // The embed's own policy: only its one style and one script, by hash.
    expect(csp, address).toContain("default-src 'none'");
    expect(csp, address).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp, address).not.toContain('unsafe-inline');
  }
  for (const address of notFramable) {
    const headers = (await request.get(address)).headers();
    expect(headers['x-frame-options'], address).toBe('DENY');
    expect(headers['content-security-policy'], address).toContain("frame-ancestors 'none'");
  }
});
