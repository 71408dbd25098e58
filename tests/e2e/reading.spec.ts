import { expect, test, type Page } from './fixtures';
import { builtPages } from './site-pages';

const PAGES = builtPages();

test('the build has every main page', () => {
  for (const p of [
    '/',
    '/ruling/',
    '/appeal/',
    '/related-cases/',
    '/agreement/',
    '/checked/',
    '/about/',
    '/law/',
    '/law/26-usc-6103/',
    '/timeline/',
    '/glossary/',
    '/sources/',
    '/changes/',
    '/search/',
    '/questions/',
    '/es/questions/',
  ]) {
    expect(PAGES).toContain(p);
  }
});

for (const path of PAGES) {
  test(`${path} loads with one h1, a skip link and no errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main-content');
    expect(errors).toEqual([]);
  });
}

test('a deep link lands on its section', async ({ page }) => {
  await page.goto('/law/26-usc-6103/#i_2_C');
  const target = page.locator('[id="i_2_C"]');
  await expect(target).toBeInViewport();
  await expect(target).toContainText(
    'taxpayer’s identity shall not be treated as taxpayer return information',
  );
});

test('a deep link to a timeline event lands on it', async ({ page }) => {
  await page.goto('/timeline/#2025-05-12-pi-denied');
  await expect(page.locator('[id="2025-05-12-pi-denied"]')).toBeInViewport();
});

test.describe('questions and answers', () => {
  const questionIds = (page: Page) =>
    page.locator('.article-body h2.section-heading[id]').evaluateAll((hs) => hs.map((h) => h.id));

  test('each question is a section with its own link, cited like any section, in both editions', async ({
    page,
  }) => {
    await page.goto('/questions/#civil-enforcement');
    await expect(page.locator('[id="civil-enforcement"]')).toBeInViewport();
    const ids = await questionIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids).toEqual(
      expect.arrayContaining([
        'what-ice-can-ask',
        'whose-information',
        'in-force-now',
        'not-known',
      ]),
    );
    for (const id of ids) {
      await expect(page.locator(`.cite-sections a[href="#${id}"]`)).toHaveCount(1);
      // Pointing at the question brings the page's copy-link control right after it.
      await page.locator(`h2[id="${id}"]`).hover();
      await expect(page.locator(`h2[id="${id}"] + .copy-link`)).toHaveAccessibleName(
        'Copy link to this section',
      );
    }
    // Each answer links to the section that explains it in full.
    const pointers = page.locator('.article-body p > a:only-child[href*="#"]');
    expect(await pointers.count()).toBeGreaterThanOrEqual(ids.length);
    await page.goto('/es/questions/');
    expect(await questionIds(page)).toEqual(ids);
    await expect(page.locator('h1')).toHaveText('Preguntas y respuestas');
  });

  test('the page says once that it is not legal advice, and is linked from home and the navigation', async ({
    page,
  }) => {
    await page.goto('/questions/');
    await expect(page.locator('main').getByText('This page is not legal advice.')).toHaveCount(1);
    for (const route of ['/', '/ruling/']) {
      await page.goto(route);
      await expect(page.locator('header nav a[href="/questions/"]')).toHaveCount(1);
    }
    await page.goto('/');
    await expect(page.locator('main a[href="/questions/"]').first()).toBeVisible();
    await page.goto('/es/');
    await expect(page.locator('main a[href="/es/questions/"]').first()).toBeVisible();
  });

  test('its structured data lists the same questions as the page', async ({ page, request }) => {
    await page.goto('/questions/');
    const ids = await questionIds(page);
    const html = await (await request.get('/questions/')).text();
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const faq = (
      JSON.parse(json) as { '@graph': { '@type': string; mainEntity?: { '@id': string }[] }[] }
    )['@graph'].find((node) => node['@type'] === 'FAQPage');
    expect(faq?.mainEntity?.map((q) => new URL(q['@id']).hash.slice(1))).toEqual(ids);
  });
});

test('every explainer shows its history below the article', async ({ page }) => {
  await page.goto('/questions/');
  const history = page.locator('section.page-history');
  await expect(history.locator('h2#page-history')).toHaveText('Page history');
  await expect(
    history.locator('a[href="/changes/#2026-12-04-questions-and-answers"]'),
  ).toBeVisible();
  // No address for corrections was set at build time, so none is invented.
  await expect(page.getByText('Report an error')).toHaveCount(0);
  await page.goto('/es/ruling/');
  await expect(
    page.locator('section.page-history a[href="/es/changes/#2026-11-25-launch"]'),
  ).toHaveText('Lanzamiento del sitio');
  await page.goto('/law/26-usc-6103/');
  await expect(page.locator('section.page-history h2')).toHaveText('Page history');
});

test('source notes link both ways', async ({ page }) => {
  await page.goto('/ruling/');
  const ref = page.locator('a.cite-ref').first();
  const href = await ref.getAttribute('href');
  expect(href).toMatch(/^#note-/);
  await ref.click();
  const note = page.locator(href!);
  await expect(note).toBeInViewport();
  await note.locator('a.backlink').first().click();
  await expect(ref).toBeInViewport();
});

test('an unknown address gets the 404 page with search and the main links', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox').first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Ruling' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of PAGES) {
    test(`${path} has its full content`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(200);
    });
  }

  test('the timeline shows every event and the glossary every term', async ({ page, request }) => {
    const timeline = (await (await request.get('/data/timeline.json')).json()) as {
      events: unknown[];
    };
    await page.goto('/timeline/');
    await expect(page.locator('.timeline-event')).toHaveCount(timeline.events.length);
    const glossary = (await (await request.get('/data/glossary.json')).json()) as {
      terms: unknown[];
    };
    await page.goto('/glossary/');
    await expect(page.locator('.glossary-entry')).toHaveCount(glossary.terms.length);
  });

  test('no control that needs a script is offered', async ({ page }) => {
    for (const path of ['/ruling/', '/timeline/', '/glossary/', '/sources/', '/law/26-usc-6103/']) {
      await page.goto(path);
      const shown = page.locator(
        '.copy-link:visible, .provision-tools.js-only:visible, .theme-toggle:visible, .thread-filter:visible, .cite-control:visible',
      );
      await expect(shown).toHaveCount(0);
    }
    // The copy-link control is made by the page's script; headings stay their own permalinks.
    await page.goto('/ruling/');
    await expect(page.locator('.copy-link')).toHaveCount(0);
    await expect(page.locator('h2[id="holding"] > a.anchor-link[href="#holding"]')).toBeVisible();
    // Statute pages hold their one set of subsection tools, hidden (the no-script deep links show).
    await page.goto('/law/26-usc-6103/');
    await expect(page.locator('.provision-tools.js-only')).toHaveCount(1);
  });

  test('the search page says search needs JavaScript and lists the pages', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'The law' }).last()).toBeVisible();
  });
});
