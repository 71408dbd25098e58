import { expect, test } from './fixtures';
import { builtPages } from './site-pages';

test.describe('links to sections', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const [kind, path, id] of [
    ['heading', '/ruling/', 'holding'],
    ['statute subsection', '/law/26-usc-6103/', 'i_2_C'],
    ['timeline event', '/timeline/', '2025-05-12-pi-denied'],
    ['glossary term', '/glossary/', 'taxpayer-identity'],
    ['source', '/sources/', 'upi-2025-05-12-pi-denied'],
  ] as const) {
    test(`arriving at a ${kind} scrolls to it, highlights it and focuses it`, async ({ page }) => {
      await page.goto(`${path}#${id}`);
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toBeInViewport();
      await expect(target).toBeFocused();
      await expect(target).toHaveClass(/is-arrived/);
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
      // The page's one copy-link control is there, named for what was arrived at.
      const copy = page.locator('button.copy-link:visible');
      await expect(copy).toHaveCount(1);
      await expect(copy).toHaveAttribute('data-fragment', id);
    });
  }

  test('arriving at a quoted passage lands on it', async ({ page }) => {
    await page.goto('/ruling/');
    const quoteId = await page.locator('q[id], figure.quote-block[id]').first().getAttribute('id');
    // A fresh page load, as when a reader follows a shared link.
    await page.goto('about:blank');
    await page.goto(`/ruling/#${quoteId}`);
    await expect(page.locator(`[id="${quoteId}"]`)).toBeInViewport();
    await expect(page.locator(`[id="${quoteId}"]`)).toBeFocused();
  });

  test('every statute citation in the explainers links to its subsection', async ({ page }) => {
    await page.goto('/ruling/');
    const links = page.locator('a.statute-link');
    expect(await links.count()).toBeGreaterThan(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/law/26-usc-6103/#i_2');
  });
});

test('no citation of a statute we hold is left unlinked in the explainers', async ({ page }) => {
  const unlinked: string[] = [];
  const explainers = [
    '/',
    '/ruling/',
    '/appeal/',
    '/related-cases/',
    '/agreement/',
    '/checked/',
    '/about/',
    '/law/',
    '/timeline/',
    '/glossary/',
  ];
  for (const path of [...explainers, ...explainers.map((p) => `/es${p}`)]) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const CITATION = /(?:§§?|\b[Ss]ection|\b[Ss]ecci[óo]n)\s*(?:6103|7213A?|7431|1253)\b/;
      const SKIP =
        'a, h1, h2, h3, h4, q, blockquote, code, .quote-attribution, .quote-translation, .english-term, .term-popover, .statute-text, .source-notes, .aliases, .cite-this, script, style';
      // The rendered Markdown only: summaries, alias lists and citations are not prose that cites.
      const walker = document.createTreeWalker(
        document.querySelector('.article-body')!,
        NodeFilter.SHOW_TEXT,
      );
      const hits: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (CITATION.test(node.textContent ?? '') && !node.parentElement?.closest(SKIP))
          hits.push((node.textContent ?? '').trim().slice(0, 80));
      }
      return hits;
    });
    unlinked.push(...found.map((text) => `${path}: ${text}`));
  }
  expect(unlinked).toEqual([]);
});

test.describe('timeline', () => {
  test('filtering by a thread hides the others and survives a reload', async ({ page }) => {
    await page.goto('/timeline/');
    const filter = page.getByRole('group', { name: 'Show threads' });
    for (const label of [
      'Agency and leadership',
      'Data requests and disclosures',
      'Congress and oversight',
      'Background law',
      'Executive actions',
    ]) {
      await filter.getByLabel(label).uncheck();
    }
    await expect(page).toHaveURL(/\?thread=litigation$/);
    const visible = page.locator('.timeline-event:visible');
    expect(await visible.count()).toBeGreaterThan(5);
    expect(
      await visible.evaluateAll((els) =>
        els.every((el) => (el as HTMLElement).dataset.thread === 'litigation'),
      ),
    ).toBe(true);
    await page.reload();
    await expect(filter.getByLabel('Litigation')).toBeChecked();
    await expect(filter.getByLabel('Agency and leadership')).not.toBeChecked();
    expect(
      await page
        .locator('.timeline-event:visible')
        .evaluateAll((els) =>
          els.every((el) => (el as HTMLElement).dataset.thread === 'litigation'),
        ),
    ).toBe(true);
  });

  test('the latest development is marked', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('.timeline-event.is-latest')).toHaveCount(1);
    await expect(page.locator('.timeline-event.is-latest')).toContainText('Latest development');
  });
});

test.describe('glossary popovers', () => {
  test('open with the keyboard and close with Escape', async ({ page }) => {
    await page.goto('/ruling/');
    const button = page.locator('button.term-info').first();
    await button.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('.term-popover:popover-open');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('Glossary entry');
    await page.keyboard.press('Escape');
    await expect(page.locator('.term-popover:popover-open')).toHaveCount(0);
  });

  // A popover is the opening of the glossary entry it links to: the same first words, whole
  // sentences, no stray space where a source reference was taken out.
  test('on every page, begin as their glossary entry begins', async ({ page }) => {
    test.setTimeout(120_000);
    const openings = new Map<string, string>();
    for (const glossary of ['/glossary/', '/es/glossary/']) {
      await page.goto(glossary);
      const entries = await page.$$eval('.glossary-entry', (nodes) =>
        nodes.map((node) => {
          const paragraph = [...node.querySelectorAll('dd > p')].find((p) => !p.className);
          return [node.id, paragraph?.textContent ?? ''] as const;
        }),
      );
      for (const [id, text] of entries)
        openings.set(`${glossary}#${id}`, text.trim().split(/\s+/).slice(0, 4).join(' '));
    }
    const problems: string[] = [];
    let checked = 0;
    for (const path of builtPages()) {
      await page.goto(path);
      const popovers = await page.$$eval('.term-popover', (nodes) =>
        nodes.map((node) => ({
          entry: node.querySelector<HTMLAnchorElement>('a:last-child')?.getAttribute('href') ?? '',
          term: node.querySelector('strong')?.textContent ?? '',
          text: (node.textContent ?? '').replace(/\s+/g, ' '),
        })),
      );
      for (const { entry, term, text } of popovers) {
        checked += 1;
        const opening = openings.get(entry);
        if (!opening) problems.push(`${path}: popover links to ${entry}, not a glossary entry`);
        else if (!text.startsWith(`${term}: ${opening}`))
          problems.push(`${path}: "${text.slice(0, 90)}" does not begin as ${entry} does`);
        if (/\w \.|[^.]\.\.(?!\.)|…/.test(text))
          problems.push(`${path}: broken sentence in "${text}"`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});

test.describe('search', () => {
  // A citation of a subsection leads to the subsection itself; a section or docket to the page.
  for (const [query, target] of [
    ['§ 6103(i)(2)', '/law/26-usc-6103/#i_2'],
    ['6103(i)(2)', '/law/26-usc-6103/#i_2'],
    ['IRC 6103(i)(2)(C)', '/law/26-usc-6103/#i_2_C'],
    ['section 6103', '/law/26-usc-6103/'],
    ['IRC 6103', '/law/26-usc-6103/'],
    ['I.R.C. § 6103', '/law/26-usc-6103/'],
    ['25-5181', '/appeal/'],
    ['No. 25-5181', '/appeal/'],
    ['questions and answers', '/questions/'],
  ] as const) {
    test(`"${query}" finds ${target} first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('.search-results li a').first();
      await expect(first).toBeVisible();
      const url = new URL((await first.getAttribute('href'))!, 'http://x');
      // A page target may land on its best section; a subsection target must be exact.
      expect(target.includes('#') ? `${url.pathname}${url.hash}` : url.pathname).toBe(target);
      if (target.includes('#')) await expect(first).toContainText(query.replace(/^IRC /, '§ '));
    });
  }

  test('a subsection result lands on the subsection', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('§ 6103(i)(2)')}`);
    await page.locator('.search-results li a').first().click();
    await expect(page).toHaveURL(/\/law\/26-usc-6103\/#i_2$/);
    await expect(page.locator('[id="i_2"]')).toBeInViewport();
  });
});

test.describe('reading comfort', () => {
  test('the theme toggle persists across a reload without a flash', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The theme is set by a blocking script before first paint: check it on the very first frame.
    await page.goto('/ruling/', { waitUntil: 'commit' });
    await page.waitForSelector('html[data-theme]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('table-of-contents links land on their sections', async ({ page }) => {
    await page.goto('/agreement/');
    const links = page.locator('.toc a');
    const count = await links.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < Math.min(count, 8); i++) {
      const href = (await links.nth(i).getAttribute('href'))!;
      await links.nth(i).click();
      await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
    }
  });

  test('print hides navigation and shows link addresses', async ({ page }) => {
    await page.goto('/ruling/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    const after = await page
      .locator('.article-body a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });

  test('no horizontal scrolling on a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of [
      '/',
      '/ruling/',
      '/agreement/',
      '/law/26-usc-6103/',
      '/timeline/',
      '/glossary/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
