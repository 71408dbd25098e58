/**
 * Embeds as a newsroom uses them: the code a reporter pastes, on another site's page, in Chromium.
 * Each kind of embed renders with JavaScript off, asks nothing of another origin, reports its height
 * to the host (generic, WordPress and AMP messages) within 2 px of its content at phone and column
 * widths, opens its links on our canonical page from inside the sandbox, and passes axe in the
 * light and dark schemes. oEmbed clients find it from the canonical page and the embed page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Frame, Page } from '@playwright/test';
import { unfurl } from 'unfurl.js';
import { SITE_URL } from '../../lib/site-config';
import { expect, test } from './fixtures';

const SITE_NAME = 'IRS–ICE Data Case Explained';
/** One of each kind, and Spanish ones. */
const EMBEDS = {
  status: '/embed/status/home/',
  event: '/embed/timeline/2025-03-07-complaint-filed/',
  thread: '/embed/thread/litigation/',
  question: '/embed/questions/appeals-court/',
  term: '/embed/glossary/taxpayer-identity/',
  provision: '/embed/law/26-usc-6103/i_2/',
  number: '/embed/numbers/about-700000/',
  'status (es)': '/es/embed/status/ruling/',
  'question (es)': '/es/embed/questions/civil-enforcement/',
} as const;

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The newsroom: a server of its own on another loopback origin (`localhost`, not the site's
 * 127.0.0.1), serving the article the test writes. A real server, since Chromium refuses to let a
 * page it cannot place on the network frame a loopback address.
 */
let article = '';
let newsroom: http.Server;
let host = '';
test.beforeAll(async () => {
  newsroom = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(article);
  });
  await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
  host = `http://localhost:${(newsroom.address() as AddressInfo).port}`;
});
test.afterAll(() => newsroom.close());

interface OEmbed {
  type: string;
  version: string;
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

/** The site's public address (the build's SITE_URL) answered by the server under test. */
const local = (url: string, baseURL: string) => url.replaceAll(SITE_URL, baseURL);

/**
 * A newsroom's article on another origin with the pasted embed code, and the few lines the README
 * gives a host to honour the generic height message.
 */
async function hostPage(page: Page, baseURL: string, code: string) {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title>
<style>body{margin:0;padding:0 12px;font:18px/1.5 Georgia,serif}iframe{display:block;width:100%}</style>
</head><body><main><h1>Our story</h1><p>Reporting on the case, with an embed:</p>
${local(code, baseURL)}
<p>The article goes on.</p></main>
<script>
window.messages = [];
addEventListener('message', function (event) {
  window.messages.push(event.data);
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (event.source === frame.contentWindow && event.data && event.data.context === 'iframe.resize')
      frame.style.height = event.data.height + 'px';
  });
});
</script></body></html>`;
  article = html;
  await page.goto(`${host}/article/`);
  const frame = page.frameLocator('iframe').first();
  await expect(frame.locator('h1')).toBeVisible();
  return page.frames().find((f) => f.url().includes('/embed/'))!;
}

/** The frame's height on the host page against the embed's own content height, once settled. */
async function heights(page: Page, frame: Frame) {
  const content = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  const framed = await page
    .locator('iframe')
    .first()
    .evaluate((f) => f.getBoundingClientRect().height);
  return { content, framed };
}

async function oembedOf(request: APIRequestContext, path: string) {
  return (await (await request.get(`${path}oembed.json`)).json()) as OEmbed;
}

test.describe('embed pages', () => {
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    for (const [kind, path] of Object.entries(EMBEDS)) {
      test(`${kind}: renders whole, names its sources, links out in a new tab`, async ({
        page,
        baseURL,
      }) => {
        const foreign: string[] = [];
        page.on('request', (r) => {
          if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
        });
        await page.goto(path);
        await expect(page).toHaveTitle(
          new RegExp(` — (${SITE_NAME}|El caso de los datos IRS–ICE, explicado)$`),
        );
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('.text, .events').first()).not.toBeEmpty();
        // Sources, each a link to the source itself.
        const sources = page.locator('.sources a');
        expect(await sources.count()).toBeGreaterThan(0);
        for (const href of await sources.evaluateAll((links) =>
          links.map((a) => (a as HTMLAnchorElement).href),
        ))
          expect(href).toMatch(/^https?:\/\//);
        // Every link opens our canonical page (or a source) in a new tab, never inside the frame.
        const links = await page
          .locator('a')
          .evaluateAll((all) =>
            all.map((a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
          );
        for (const link of links) {
          expect(link.target).toBe('_blank');
          expect(link.rel).toContain('noopener');
        }
        await expect(page.locator('.more a')).toHaveAttribute(
          'href',
          new RegExp(`^${SITE_URL}/(es/)?[^#]*(#.+)?$`),
        );
        expect(foreign).toEqual([]);
      });
    }
  });

  test('the home status card shows today\'s note and its "as of" date', async ({ page }) => {
    await page.goto('/');
    const asOf = await page.locator('.status-note time').getAttribute('datetime');
    const note = (await page.locator('.status-note > div').innerText()).trim();
    await page.goto(EMBEDS.status);
    await expect(page.locator('.date time')).toHaveAttribute('datetime', asOf!);
    // The same words as the page's note (its source markers aside).
    const words = (s: string) =>
      s
        .replace(/\[\d+\]|\u2060/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(words(await page.locator('.text').innerText())).toBe(words(note));
  });
});

test.describe('pasted on another site, framed and sandboxed', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} scheme`, () => {
      test.use({ colorScheme: scheme });
      for (const [kind, path] of Object.entries(EMBEDS)) {
        test(`${kind}: renders, fits its content at 390 and 700 px, passes axe`, async ({
          page,
          request,
          baseURL,
        }) => {
          const oembed = await oembedOf(request, path);
          await page.setViewportSize({ width: 390, height: 800 });
          const frame = await hostPage(page, baseURL!, oembed.html);
          for (const width of [390, 700]) {
            await page.setViewportSize({ width, height: 800 });
            await expect
              .poll(
                async () => {
                  const { content, framed } = await heights(page, frame);
                  return Math.abs(content - framed);
                },
                { message: `${kind} at ${width} px` },
              )
              .toBeLessThanOrEqual(2);
          }
          const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
          const summary = results.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`,
          );
          expect(summary).toEqual([]);
        });
      }
    });
  }

  test('its links open the canonical page in a new tab, out of the sandbox', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    // The canonical links carry the site's public address: answer them here, whatever it is.
    await context.route(`${SITE_URL}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>canonical</title>' }),
    );
    const oembed = await oembedOf(request, EMBEDS.question);
    await hostPage(page, baseURL!, oembed.html);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.frameLocator('iframe').first().locator('h1 a').click(),
    ]);
    expect(popup.url()).toBe(`${SITE_URL}/questions/#appeals-court`);
    expect(page.url()).toBe(`${host}/article/`);
  });

  test('speaks WordPress’s wp-embed and AMP’s embed-size', async ({ page, request, baseURL }) => {
    const oembed = await oembedOf(request, EMBEDS.status);
    // WordPress adds a secret to the frame's address and expects it back with the height.
    const code = oembed.html.replace(/src="([^"]+)"/, 'src="$1#?secret=Ab12Cd34"');
    const frame = await hostPage(page, baseURL!, code);
    const { content } = await heights(page, frame);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { messages: Record<string, unknown>[] }).messages.filter(
            (m) => m.message === 'height' || m.sentinel === 'amp',
          ),
        ),
      )
      .toEqual(
        expect.arrayContaining([
          { message: 'height', value: content, secret: 'Ab12Cd34' },
          { sentinel: 'amp', type: 'embed-size', height: content },
        ]),
      );
  });
});

test.describe('oEmbed', () => {
  // An oEmbed client (unfurl.js) resolving the site's public address to the server under test.
  const client = (baseURL: string) => ({
    oembed: true,
    fetch: (url: string) => fetch(local(url, baseURL)),
  });

  for (const path of ['/ruling/', '/es/', EMBEDS.provision, EMBEDS['question (es)']]) {
    test(`discovery from ${path} gives a rich embed with its quotation and frame`, async ({
      baseURL,
    }) => {
      const result = await unfurl(`${baseURL}${path}`, client(baseURL!));
      const oembed = result.oEmbed as unknown as OEmbed | undefined;
      expect(oembed?.type).toBe('rich');
      expect(oembed?.version).toBe('1.0');
      expect(oembed?.html).toMatch(/^<blockquote[^>]*>[\s\S]*<\/blockquote>\n<iframe /);
      expect(oembed?.html).toContain(
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"',
      );
      expect(oembed?.html).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
    });
  }

  test('every answer has the fields oEmbed 1.0 asks of a rich embed', async ({ request }) => {
    for (const path of Object.values(EMBEDS)) {
      const oembed = await oembedOf(request, path);
      expect(oembed).toMatchObject({ type: 'rich', version: '1.0' });
      expect(oembed.width).toBeGreaterThan(0);
      expect(oembed.height).toBeGreaterThanOrEqual(200);
      expect(oembed.cache_age).toBeGreaterThan(0);
      expect(oembed.provider_url).toMatch(/^https?:\/\//);
      expect(oembed.title).toContain(' — ');
    }
  });

  test('the discovery link is in the first 150 kB of the canonical page', async ({ request }) => {
    for (const path of ['/', '/ruling/', '/es/questions/']) {
      const html = await (await request.get(path)).text();
      const at = html.indexOf('type="application/json+oembed"');
      expect(at, path).toBeGreaterThan(0);
      expect(Buffer.byteLength(html.slice(0, at)), path).toBeLessThan(150_000);
    }
  });
});

test.describe('the Embed control', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('offers the item the reader arrived at and copies its code', async ({ page }) => {
    await page.goto('/questions/#appeals-court');
    const control = page.locator('.embed-this');
    await control.locator('summary').click();
    await expect(control.getByLabel('What to embed')).toHaveValue(
      '/embed/questions/appeals-court/',
    );
    const code = control.getByLabel('Embed code');
    await expect(code).toHaveValue(/<iframe src="[^"]+\/embed\/questions\/appeals-court\/"/);
    await control.getByLabel('What to embed').selectOption({ index: 0 });
    await expect(code).toHaveValue(/\/embed\/status\/questions\//);
    await control.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(control.getByRole('status')).toHaveText('Embed code copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test('without JavaScript, links to the page’s default embed', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/law/26-usc-6103/`);
    await page.locator('.embed-this summary').click();
    await expect(page.locator('.embed-this p a')).toHaveAttribute(
      'href',
      '/embed/law/26-usc-6103/a/',
    );
    await context.close();
  });
});
