import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { builtPages } from './site-pages';

const PAGES = builtPages();

test('no page requests another origin or sets a cookie', async ({ page, context, baseURL }) => {
  // One test walks every page (each waits for network idle): give it more than the 30 s default.
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin)
      foreign.push(`${page.url()} → ${request.url()}`);
  });
  for (const path of PAGES) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('pages are served with the security headers', async ({ request }) => {
  for (const path of ['/', '/ruling/', '/law/26-usc-6103/', '/no-such-page/']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  }
});

test('static hosts get the same policy from out/_headers', async ({ request }) => {
  const file = fs.readFileSync(path.join('out', '_headers'), 'utf8');
  const directives = (policy: string) =>
    new Map(
      policy.split(/;\s*/).map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, new Set(values)] as const;
      }),
    );
  const site = directives(/Content-Security-Policy: (.+)/.exec(file)?.[1] ?? '');
  // The site-wide policy allows what each page's own policy allows, and nothing looser.
  for (const route of ['/', '/ruling/', '/law/26-usc-6103/', '/search/']) {
    const served = directives(
      (await request.get(route)).headers()['content-security-policy'] ?? '',
    );
    expect([...site.keys()]).toEqual([...served.keys()]);
    for (const [name, values] of served)
      expect([...(site.get(name) ?? [])]).toEqual(expect.arrayContaining([...values]));
  }
  expect(file).not.toContain('unsafe-inline');
  expect(file).toContain('X-Content-Type-Options: nosniff');
  expect(file).toContain('/cite/:file\n  Content-Disposition: attachment; filename=":file"');
  // Embed pages: their own policy, and the site's X-Frame-Options detached.
  expect(file).toMatch(/\/embed\/\*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n/);
});

test('the Content-Security-Policy lets the page run (no blocked scripts)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto('/timeline/');
  await page.goto('/search/?q=6103');
  await expect(page.locator('.search-results')).toContainText('result');
  expect(violations).toEqual([]);
});

test('data files and the feed have the right content types', async ({ request }) => {
  expect((await request.get('/data/timeline.json')).headers()['content-type']).toContain(
    'application/json',
  );
  expect((await request.get('/feed.xml')).headers()['content-type']).toContain(
    'application/atom+xml',
  );
  expect((await request.get('/sitemap.xml')).headers()['content-type']).toContain('xml');
});
