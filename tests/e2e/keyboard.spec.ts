import { expect, test, type Page } from './fixtures';

/**
 * Keyboard only: no mouse, no clicks. From the top of a page, Tab reaches the skip link first,
 * then the header, the table of contents and everything else, and every stop shows where focus is.
 */

interface Stop {
  /** A short description for failure messages: tag#id.class "text" → href. */
  label: string;
  id: string;
  inMainNav: boolean;
  inToc: boolean;
  isBody: boolean;
  /** A visible focus indicator: a computed outline or box-shadow. */
  visible: boolean;
  indicator: string;
}

async function tab(page: Page, key = 'Tab'): Promise<Stop> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return {
        label: 'body',
        id: '',
        inMainNav: false,
        inToc: false,
        isBody: true,
        visible: false,
        indicator: '',
      };
    }
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.split(' ').join('.')}`
        : '';
    const href = el.getAttribute('href');
    return {
      label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${text}"${href ? ` → ${href}` : ''}`,
      id: el.id,
      inMainNav: Boolean(el.closest('nav.main-nav')),
      inToc: Boolean(el.closest('nav.toc')),
      isBody: false,
      visible: outline || shadow,
      indicator: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    };
  });
}

/** Tabs from the top of the page until focus leaves the document or comes back round. */
async function tabThrough(page: Page, limit = 1500): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    const stop = await tab(page);
    if (stop.isBody || (stops.length > 0 && stop.label === stops[0]!.label)) return stops;
    stops.push(stop);
  }
  throw new Error(`Focus did not leave the page after ${limit} Tab presses (a keyboard trap?)`);
}

test('Tab reaches the skip link first; Enter moves focus to the main content', async ({ page }) => {
  await page.goto('/ruling/');
  const first = await tab(page);
  expect(first.label).toContain('skip-link');
  expect(first.visible, first.indicator).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  // The next Tab continues inside the main content, not back in the header.
  const next = await tab(page);
  expect(next.inMainNav, next.label).toBe(false);
  expect(next.label).not.toContain('header-search-input');
});

for (const path of ['/', '/ruling/', '/law/26-usc-6103/', '/timeline/', '/glossary/', '/search/']) {
  test(`${path}: every Tab stop shows a visible focus indicator`, async ({ page }) => {
    // The long pages have several hundred stops (source links, and the copy-link control after
    // each heading, event, term or source link): one key each.
    test.setTimeout(300_000);
    await page.goto(path);
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops[0]!.label).toContain('skip-link');
    const invisible = stops.filter((s) => !s.visible).map((s) => `${s.label} (${s.indicator})`);
    expect(invisible).toEqual([]);

    // The header navigation and search box come first, then the page's table of contents.
    const nav = stops.filter((s) => s.inMainNav).map((s) => s.label);
    for (const section of [
      '/ruling/',
      '/appeal/',
      '/agreement/',
      '/law/',
      '/timeline/',
      '/glossary/',
    ]) {
      expect(
        nav.some((l) => l.endsWith(`→ ${section}`)),
        `header link to ${section}`,
      ).toBe(true);
    }
    const searchAt = stops.findIndex((s) => s.id === 'header-search-input');
    expect(searchAt, 'header search box').toBeGreaterThan(0);
    if (path === '/ruling/') {
      const tocAt = stops.findIndex((s) => s.inToc);
      expect(stops.filter((s) => s.inToc).length, 'table of contents links').toBeGreaterThan(2);
      expect(searchAt).toBeLessThan(tocAt);
    }
  });
}

test('a table-of-contents link is followed with Enter', async ({ page }) => {
  await page.goto('/ruling/');
  let stop = await tab(page);
  for (let i = 0; i < 200 && !(stop.inToc && stop.label.includes('→ #')); i++)
    stop = await tab(page);
  expect(stop.inToc, 'reached a TOC link').toBe(true);
  const fragment = stop.label.split('→ #')[1]!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${fragment}$`));
  await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
});

test('the header search box searches with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  let stop = await tab(page);
  for (let i = 0; i < 30 && stop.id !== 'header-search-input'; i++) stop = await tab(page);
  expect(stop.id).toBe('header-search-input');
  await page.keyboard.type('6103');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=6103$/);
});

test('the theme switch works from the keyboard', async ({ page }) => {
  await page.goto('/');
  let stop = await tab(page);
  for (let i = 0; i < 30 && !stop.label.includes('theme-toggle'); i++) stop = await tab(page);
  expect(stop.label).toContain('theme-toggle');
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
    .not.toBe(before);
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(before);
});
