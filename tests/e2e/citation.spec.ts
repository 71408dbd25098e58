import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { englishPath } from '../../lib/i18n/locale';
import { builtPages } from './site-pages';

/** The error pages carry no structured data: they describe nothing. */
const PAGES = builtPages().filter((p) => p !== '/404/' && p !== '/_not-found/');

// Everything that reads the clipboard runs in one worker, one test at a time: the browsers of
// parallel workers share the clipboard, so a concurrent copy would be read back instead.
test.describe('the clipboard', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link puts the absolute URL with the fragment on the clipboard and says so', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/law/26-usc-6103/');
    // One set of subsection tools follows the pointer; the designation itself is the permalink.
    await page.locator('[id="i_2_C"] a.designation').hover();
    const tools = page.locator('[id="i_2_C"] .provision-tools');
    // The toolbar's button is the page's one copy-link control, wherever focus goes.
    await tools.locator('a').first().focus();
    await expect(page.locator('.copy-link')).toHaveCount(1);
    await tools
      .getByRole('button', { name: /Copy link to 26 U.S.C. § 6103\(i\)\(2\)\(C\)/ })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/law/26-usc-6103/#i_2_C`,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  });

  // One copy-link control per page follows the reader to the item pointed at or focused.
  for (const [kind, path, id, name] of [
    ['section heading', '/ruling/', 'holding', 'Copy link to this section'],
    ['timeline event', '/timeline/', '2025-05-12-pi-denied', 'Copy link to this event'],
    ['glossary term', '/glossary/', 'taxpayer-identity', 'Copy link to the term taxpayer identity'],
    ['source', '/sources/', 'upi-2025-05-12-pi-denied', 'Copy link to the source UPI'],
  ] as const) {
    test(`pointing at a ${kind} brings the page's copy-link control to it, and it copies the item's URL`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      // Another item first: the control leaves it for the one pointed at next.
      await page.locator(`[data-copy-name]:not([id="${id}"])`).first().hover();
      await page.locator(`[id="${id}"]`).hover();
      const copy = page.getByRole('button', { name, exact: true });
      await expect(copy).toBeVisible();
      await expect(page.locator('.copy-link')).toHaveCount(1);
      // Drawn at the end of the item's title, on its line, covering none of its words.
      const title = page
        .locator(`[id="${id}"] .anchor-link, [id="${id}"] > .source-labels`)
        .first();
      const [at, end] = await Promise.all([
        copy.boundingBox(),
        title.evaluate((el) => {
          const last = [...el.getClientRects()].pop()!;
          return { right: last.right, middle: (last.top + last.bottom) / 2 };
        }),
      ]);
      expect(at!.x).toBeGreaterThanOrEqual(end.right);
      expect(at!.x).toBeLessThan(end.right + 12);
      expect(Math.abs(at!.y + at!.height / 2 - end.middle)).toBeLessThan(4);

      await copy.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${baseURL}${path}#${id}`,
      );
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
    });

    test(`from a ${kind}'s link, one Tab reaches the copy-link control and Enter copies`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      await page.locator(`[id="${id}"] a`).first().focus();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`${baseURL}${path}#${id}`);
      // Tab goes on into the item's words, not back to its link.
      await page.keyboard.press('Tab');
      await expect(page.locator(`[id="${id}"] a`).first()).not.toBeFocused();
    });
  }

  test.describe('cite this page', () => {
    const copy = async (page: Page, block: string) => {
      await page.locator(`${block} .cite-copy`).click();
      await expect(page.locator(`${block} .cite-status`)).toHaveText('Citation copied');
      return page.evaluate(() => navigator.clipboard.readText());
    };

    test('switches style, takes the section arrived at, and copies', async ({ page }) => {
      await page.goto('/ruling/#holding');
      const block = '.cite-page';
      await expect(page.locator(`${block} select`)).toHaveValue('holding');

      // A section is cited by its pin cite, the same the "Cite one section" list gives as text.
      const heading = (await page.locator('h2#holding').textContent())!.trim();
      const listed = (await page
        .locator('.cite-sections li', { has: page.locator('a[href="#holding"]') })
        .locator('.cite-url')
        .textContent())!.split('\n');
      await page.locator(block).getByRole('radio', { name: 'MLA 9' }).check();
      const mla = page.locator(`${block} .cite-control .citation`);
      await expect(mla).toHaveText(listed[2]!.replace(/^MLA 9: /, ''));
      await expect(mla).toContainText(`sec. “${heading}”`);
      await expect(mla).toHaveText(/IRS–ICE Data Case Explained, .+\/ruling\/#holding\.$/);
      await expect(mla.locator('i')).toHaveText('IRS–ICE Data Case Explained');
      expect(await copy(page, block)).toBe(await mla.textContent());

      await page.locator(block).getByRole('radio', { name: 'Bluebook' }).check();
      const pinned = page.locator(`${block} .cite-control .citation`);
      await expect(pinned).toHaveText(listed[0]!.replace(/^Bluebook: /, ''));
      await expect(pinned).toContainText(`“${heading}” (last updated`);
      await expect(pinned.locator('i')).toHaveText('The District Court’s Ruling');

      await page.locator(`${block} select`).selectOption('');
      await expect(page.locator(`${block} .cite-status`)).toHaveText('');
      const bluebook = await copy(page, block);
      expect(bluebook).toMatch(
        /^The District Court’s Ruling, IRS–ICE Data Case Explained \(last updated .+\), \S+\/ruling\/$/,
      );

      // Following a link to another section makes it the one to cite.
      await page.goto('/ruling/#reactions');
      await expect(page.locator(`${block} select`)).toHaveValue('reactions');
    });

    test('keeps a Spanish title as written in the Bluebook, and pin-cites a section', async ({
      page,
    }) => {
      await page.goto('/es/ruling/#holding');
      const block = '.cite-page';
      await page.locator(block).getByRole('radio', { name: 'Bluebook' }).check();
      const citation = page.locator(`${block} .cite-control .citation`);
      const title = (await page.locator('h1').textContent())!.trim();
      await expect(citation.locator('i')).toHaveText(title);
      const heading = (await page.locator('h2#holding').textContent())!.trim();
      await expect(citation).toContainText(`«${heading}» (last updated`);
    });

    test('copies the decision’s Bluebook citation', async ({ page }) => {
      await page.goto('/appeal/');
      expect(await copy(page, '.cite-case')).toBe(
        'Centro de Trabajadores Unidos v. Bessent, No. 25-5181 (D.C. Cir. Feb. 24, 2026)',
      );
      await expect(page.locator('.cite-case .cite-control .citation i')).toHaveText(
        'Centro de Trabajadores Unidos v. Bessent',
      );
    });

    test('cites a statute subsection in U.S.C. and I.R.C. form', async ({ page }) => {
      await page.goto('/law/26-usc-6103/#i_2_C');
      const block = '.cite-statute';
      await expect(page.locator(`${block} select`)).toHaveValue('i_2_C');
      await expect(page.locator(`${block} .cite-control .citation`)).toHaveText(
        '26 U.S.C. § 6103(i)(2)(C)',
      );
      await page.locator(block).getByRole('radio', { name: 'Internal Revenue Code' }).check();
      expect(await copy(page, block)).toBe('I.R.C. § 6103(i)(2)(C)');
    });

    test('shows every style, the sections and the downloads without JavaScript', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/ruling/');
      const styles = page.locator('.cite-page .cite-styles dt');
      await expect(styles).toHaveText(['Bluebook', 'APA 7', 'MLA 9', 'Chicago 17']);
      await expect(page.locator('.cite-page .cite-styles dd i').first()).toHaveText(
        'The District Court’s Ruling',
      );
      await expect(page.locator('.cite-sections li a[href="#holding"]')).toHaveCount(1);
      await expect(page.locator('.cite-case .cite-styles .citation')).toHaveText(
        'Centro de Trabajadores Unidos v. Bessent, No. 1:25-cv-00677 (D.D.C. May 12, 2025)',
      );
      // The style switch and copy button need the script, so they are not offered.
      await expect(page.locator('.cite-control')).toHaveCount(
        await page.locator('.cite-styles').count(),
      );
      for (const control of await page.locator('.cite-control').all())
        await expect(control).toBeHidden();
      await expect(page.locator('.cite-downloads a')).toHaveText(['BibTeX', 'RIS', 'CSL-JSON']);
      await page.goto('/law/26-usc-6103/');
      const row = page
        .locator('.cite-provisions li')
        .filter({ has: page.locator('a[href="#i_2_C"]') });
      await expect(row).toHaveText('26 U.S.C. § 6103(i)(2)(C) · I.R.C. § 6103(i)(2)(C)');
      await context.close();
    });
  });
});

test('every page has JSON-LD that parses, of the expected types', async ({ request }) => {
  const expected = (path: string): string[] => {
    // Both editions carry the same structured data; the Spanish page in Spanish.
    const route = englishPath(path);
    if (route === '/') return ['Article', 'WebSite'];
    if (route === '/glossary/') return ['DefinedTermSet', 'BreadcrumbList'];
    if (route === '/questions/') return ['FAQPage', 'BreadcrumbList'];
    if (route.startsWith('/law/') && route !== '/law/')
      return ['Legislation', 'WebPage', 'BreadcrumbList'];
    if (route === '/changes/' || route === '/search/') return ['WebPage', 'BreadcrumbList'];
    return ['Article', 'BreadcrumbList'];
  };
  expect(PAGES.length).toBeGreaterThan(20);
  for (const route of PAGES) {
    const html = await (await request.get(route)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks, route).toHaveLength(1);
    const data = JSON.parse(blocks[0]![1]!) as {
      '@context': string;
      '@graph': { '@type': string }[];
    };
    expect(data['@context'], route).toBe('https://schema.org');
    const types = data['@graph'].map((node) => node['@type']);
    for (const type of expected(route)) expect(types, route).toContain(type);
  }
});

test('share cards are real PNG files, linked from each page', async ({ request, page }) => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const cards = fs.readdirSync(path.join('out', 'og'));
  expect(cards.length).toBeGreaterThan(20);
  for (const card of cards) {
    const response = await request.get(`/og/${card}`);
    expect(response.headers()['content-type'], card).toBe('image/png');
    expect([...(await response.body()).subarray(0, 8)], card).toEqual(PNG);
  }
  for (const route of ['/', '/ruling/', '/law/26-usc-6103/', '/changes/']) {
    await page.goto(route);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    );
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status(), route).toBe(200);
  }
});

test('reference managers find citation meta tags', async ({ page }) => {
  await page.goto('/law/26-usc-6103/');
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('citation_title')).toBe(
    '26 U.S.C. § 6103: Confidentiality and disclosure of returns and return information',
  );
  expect(await meta('citation_publisher')).toBe('IRS–ICE Data Case Explained');
  expect(await meta('citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(await meta('citation_public_url')).toMatch(/\/law\/26-usc-6103\/$/);
});

test('the feed and the sitemap are valid XML listing only pages that exist', async ({
  request,
}) => {
  const exists = (url: string) => {
    const { pathname } = new URL(url);
    const file = path.join('out', decodeURIComponent(pathname));
    return fs.existsSync(pathname.endsWith('/') ? path.join(file, 'index.html') : file);
  };
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['url', 'entry', 'link'].includes(name),
  });
  for (const file of ['/sitemap.xml', '/feed.xml']) {
    const xml = await (await request.get(file)).text();
    expect(XMLValidator.validate(xml), file).toBe(true);
  }
  const sitemap = parser.parse(await (await request.get('/sitemap.xml')).text()) as {
    urlset: { url: { loc: string }[] };
  };
  const locs = sitemap.urlset.url.map((u) => u.loc);
  expect(locs.length).toBeGreaterThan(20);
  expect(locs.filter((loc) => !exists(loc))).toEqual([]);
  const feed = parser.parse(await (await request.get('/feed.xml')).text()) as {
    feed: { entry: { link: { '@_href': string }[] }[] };
  };
  const links = feed.feed.entry.flatMap((e) => e.link.map((l) => l['@_href']));
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((href) => !exists(href))).toEqual([]);
});
