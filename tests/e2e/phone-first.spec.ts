import { expect, test } from './fixtures';
import { builtPages } from './site-pages';

/** Issue 16: on a phone the story starts on the first screen, not below the site's chrome. */
const HEADER_MAX = 64;
const H1_TOP_MAX = 120;

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test(`every page: header at most ${HEADER_MAX} px, h1 within the first ${H1_TOP_MAX} px`, async ({
    page,
  }) => {
    // Both editions: builtPages() lists /es/ pages as well.
    test.setTimeout(240_000);
    const misses: string[] = [];
    for (const route of builtPages()) {
      await page.goto(route);
      const { header, h1 } = await page.evaluate(() => ({
        header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? NaN,
        h1: document.querySelector('h1')?.getBoundingClientRect().top ?? NaN,
      }));
      if (!(header <= HEADER_MAX)) misses.push(`${route}: header ${header} px`);
      if (!(h1 <= H1_TOP_MAX)) misses.push(`${route}: h1 at ${h1} px`);
    }
    expect(misses).toEqual([]);
  });

  test('the menu opens without JavaScript and holds the sections, language and theme', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto('/es/ruling/');
    const sections = page.getByRole('navigation', { name: 'Principal' }).getByRole('link');
    await expect(sections.first()).toBeHidden();
    await page.getByText('Menú', { exact: true }).click();
    await expect(sections.first()).toBeVisible();
    expect(await sections.count()).toBeGreaterThanOrEqual(7);
    const english = page.getByRole('link', { name: 'English' });
    await expect(english).toBeVisible();
    await english.click();
    await expect(page).toHaveURL(/\/ruling\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('search and the theme switch are one tap or one menu away', async ({ page }) => {
    await page.goto('/law/26-usc-6103/');
    await expect(page.getByRole('link', { name: 'Search', exact: true })).toBeVisible();
    await page.getByText('Menu', { exact: true }).click();
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toBeVisible();
    const html = page.locator('html');
    const before = (await html.getAttribute('data-theme')) ?? 'light';
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
  });
});

test('at 1280 px the brand, the breadcrumbs and the article start on one line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const route of ['/ruling/', '/law/26-usc-6103/', '/es/glossary/']) {
    await page.goto(route);
    const left = await page.evaluate(() =>
      ['.site-name', '.breadcrumbs li', 'article h1'].map(
        (selector) => document.querySelector(selector)?.getBoundingClientRect().left ?? NaN,
      ),
    );
    expect(new Set(left.map(Math.round)).size, `${route}: ${left.join(', ')}`).toBe(1);
  }
});

test.describe('statute subsections', () => {
  test('each designation is its permalink, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/law/26-usc-6103/');
    const items = page.locator('.statute-text li[id]');
    const count = await items.count();
    expect(count).toBeGreaterThan(150);
    const unlinked = await items.evaluateAll((lis) =>
      lis
        .filter((li) => li.querySelector('a.designation')?.getAttribute('href') !== `#${li.id}`)
        .map((li) => li.id),
    );
    expect(unlinked).toEqual([]);
    await page.locator('[id="i_2_C"] a.designation').click();
    await expect(page).toHaveURL(/#i_2_C$/);
    await context.close();
  });

  test('without JavaScript, every subsection still offers its own official and LII deep links', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/law/26-usc-6103/');
    const missing = await page.locator('.statute-text li[id]').evaluateAll((lis) =>
      lis
        .filter((li) => {
          const own = [...li.querySelectorAll(':scope > noscript a, :scope > .provision-tools a')];
          const hrefs = own.map((a) => a.getAttribute('href') ?? '');
          return !(
            hrefs.some(
              (h) => h.startsWith('https://uscode.house.gov/') && h.endsWith(`_${li.id}`),
            ) && hrefs.some((h) => h === `https://www.law.cornell.edu/uscode/text/26/6103#${li.id}`)
          );
        })
        .map((li) => li.id),
    );
    expect(missing).toEqual([]);
    const lii = page
      .locator('[id="i_2_C"]')
      .getByRole('link', { name: /on Cornell LII/ })
      .first();
    await expect(lii).toBeVisible();
    await context.close();
  });

  test('the official and LII deep links follow the keyboard from subsection to subsection', async ({
    page,
  }) => {
    await page.goto('/law/26-usc-6103/');
    for (const id of ['i_2_C', 'b_6']) {
      await page.locator(`[id="${id}"] a.designation`).focus();
      await page.keyboard.press('Tab');
      const official = page.locator(':focus');
      await expect(official).toHaveAttribute('href', new RegExp(`#substructure-location_${id}$`));
      await expect(official).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAttribute(
        'href',
        `https://www.law.cornell.edu/uscode/text/26/6103#${id}`,
      );
    }
    // One set of tools on the page, not one per subsection.
    await expect(page.locator('.provision-tools')).toHaveCount(1);
  });

  test('arriving at a subsection puts its tools there', async ({ page }) => {
    await page.goto('/law/26-usc-6103/#i_7_A');
    await expect(page.locator('[id="i_7_A"] .provision-tools')).toBeVisible();
  });
});

test.describe('behaviours', () => {
  test('load after the page has loaded and painted, each once, only where rendered', async ({
    page,
  }) => {
    for (const route of ['/', '/timeline/', '/es/search/']) {
      await page.goto(route);
      const { scripts, loadEnd, firstPaint, marked } = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        return {
          scripts: performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/assets/'))
            .map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime })),
          loadEnd: navigation?.loadEventEnd ?? NaN,
          firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          marked: [
            ...new Set(
              [...document.querySelectorAll('[data-module]')].map((el) =>
                el.getAttribute('data-module'),
              ),
            ),
          ],
        };
      });
      expect(
        scripts.map((s) => s.name),
        route,
      ).toEqual(expect.arrayContaining(marked.map((name) => `/assets/${name}.js`)));
      expect(scripts, route).toHaveLength(marked.length);
      for (const script of scripts) {
        expect(script.start, `${route} ${script.name}`).toBeGreaterThanOrEqual(loadEnd);
        expect(script.start, `${route} ${script.name}`).toBeGreaterThan(firstPaint);
      }
    }
  });

  test('an address that asks for a filter sets the page up before it has loaded', async ({
    page,
  }) => {
    await page.goto('/timeline/?thread=litigation');
    const { filterStart, loadEnd } = await page.evaluate(() => ({
      filterStart:
        performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.endsWith('/assets/timeline-filter.js'))?.startTime ?? NaN,
      loadEnd:
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.loadEventStart ?? NaN,
    }));
    expect(filterStart).toBeLessThan(loadEnd);
    await expect(page.locator('.timeline-event:visible').first()).toHaveAttribute(
      'data-thread',
      'litigation',
    );
  });

  test('a reader who reaches for the page before it has loaded gets them at once', async ({
    browser,
  }) => {
    // A page whose load event is held back by one image, as on a slow connection.
    const context = await browser.newContext();
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/held.svg', async (route) => {
      await held;
      await route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      });
    });
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch({
          headers: { ...route.request().headers(), 'accept-encoding': 'identity' },
        });
        const body = (await response.text()).replace(
          '</main>',
          '<img src="/held.svg" alt=""></main>',
        );
        await route.fulfill({ response, body });
      },
    );
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(600);
    const state = () =>
      page.evaluate(() => [
        document.readyState,
        document.documentElement.dataset.behaviours ?? 'none',
      ]);
    expect(await state()).toEqual(['interactive', 'none']);
    await page.keyboard.press('Tab');
    await expect.poll(state).toEqual(['interactive', 'ready']);
    release();
    await context.close();
  });
});

test.describe('arriving at a fragment far down a long page', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  // Blocks far below the screen skip layout until needed (content-visibility); a shared link into
  // one must still land on its target, at the top of the screen.
  for (const address of [
    '/glossary/#written-request',
    '/timeline/#2026-06-08-watchdog-report',
    '/law/26-usc-6103/#p_9_D',
    '/ruling/#note-internewscast-ap-pi-denied',
    '/es/glossary/#written-request',
  ]) {
    test(address, async ({ page }) => {
      await page.goto(address);
      const id = address.split('#')[1]!;
      await expect
        .poll(() =>
          page.evaluate((target) => {
            const box = document.getElementById(target)?.getBoundingClientRect();
            return box ? Math.round(box.top) : NaN;
          }, id),
        )
        .toBeGreaterThanOrEqual(0);
      const top = await page.evaluate(
        (target) => document.getElementById(target)?.getBoundingClientRect().top ?? NaN,
        id,
      );
      expect(top).toBeLessThanOrEqual(40);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  }
});
