/**
 * "Copy as quotation" (components/content/quote-selection.ts), in Chromium with the real
 * clipboard. Content wording changes, so no test names a sentence: every selection is chosen at
 * run time from the page (the words of an element found by a selector), and every expectation
 * (the heading, the statute subsection, the outlet) is read from the same page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import { behavioursReady, expect, test, type Page } from './fixtures';

const SITE = 'IRS–ICE Data Case Explained';
/** What a reader never wants in a quotation: source markers, the glossary "?", control labels. */
const APPARATUS = '.cite-ref,.term-info,.term-popover,.copy-link,.provision-tools,noscript';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

interface Pick {
  /** Elements to choose from, and which one. */
  sel: string;
  index?: number;
  /** Words to select, by position among the element's visible words (all when count is absent). */
  from?: number;
  count?: number;
}

/** Selects words of an element as a reader would, and returns what the page shows of them. */
async function select(page: Page, pick: Pick): Promise<string> {
  const found = await page.evaluate(
    ({ sel, index = 0, from = 0, count, skip }) => {
      const el = document.querySelectorAll(sel)[index];
      if (!el) return null;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const words: { node: Node; start: number; end: number }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (const m of (node.textContent ?? '').matchAll(/[^\s\u2060]+/g))
          words.push({ node, start: m.index, end: m.index + m[0].length });
      const chosen = words.slice(from, count === undefined ? undefined : from + count);
      const first = chosen[0];
      const last = chosen[chosen.length - 1];
      if (!first || !last) return null;
      const range = document.createRange();
      range.setStart(first.node, first.start);
      range.setEnd(last.node, last.end);
      el.scrollIntoView({ block: 'center' });
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const copy = range.cloneContents();
      copy.querySelectorAll(skip).forEach((a) => a.remove());
      return (copy.textContent ?? '')
        .replace(/\u2060/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    },
    { ...pick, skip: APPARATUS },
  );
  expect(found, `nothing to select at ${pick.sel}[${pick.index ?? 0}]`).toBeTruthy();
  return found!;
}

/** The visible text of the article, apparatus left out and whitespace collapsed. */
const articleText = (page: Page) =>
  page.evaluate((skip) => {
    const copy = document.querySelector('article')!.cloneNode(true) as Element;
    copy.querySelectorAll(skip).forEach((a) => a.remove());
    return (copy.textContent ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ');
  }, APPARATUS);

async function readClipboard(page: Page): Promise<{ plain: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) =>
      item?.types.includes(type) ? await (await item.getType(type)).text() : '';
    return { plain: await read('text/plain'), html: await read('text/html') };
  });
}

async function copyQuotation(page: Page): Promise<{ plain: string; html: string }> {
  await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
  const button = page.locator('.quote-bar button');
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('[data-module="page-enhancements"]')).toHaveText(
    /Quotation copied|Cita copiada/,
  );
  return readClipboard(page);
}

/** The heading (h2/h3 with an id) a node of the selection is under, as the page shows it. */
const headingOfSelection = (page: Page) =>
  page.evaluate(() => {
    const node = getSelection()!.getRangeAt(0).startContainer;
    const headings = [...document.querySelectorAll('article h2[id], article h3[id]')].filter(
      (h) =>
        !h.closest('.toc,.cite-this,.source-notes,.page-history') &&
        h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    return headings.pop()?.textContent?.trim() ?? '';
  });

/**
 * Follows the link as a reader would (a click: browsers apply text fragments only on a
 * user-activated navigation) in a fresh 390 px phone page, and checks that the words are on
 * screen and painted with the page's ::target-text colour.
 */
async function landsOn(browser: Browser, link: string, words: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await phone.setContent(`<a href="${link.replace(/"/g, '&quot;')}">open</a>`);
  await Promise.all([phone.waitForURL((url) => url.protocol === 'http:'), phone.click('a')]);
  await behavioursReady(phone as unknown as Page);
  await phone.waitForTimeout(300);
  const box = await phone.evaluate((wanted) => {
    // The smallest element showing the quotation's first words (or its first word), on screen.
    const words = wanted.split(' ');
    const shows = (el: Element, probe: string) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').includes(probe);
    for (const probe of [words.slice(0, 3).join(' '), words[0] ?? '']) {
      const holders = [...document.querySelectorAll('main *')].filter(
        (el) => shows(el, probe) && ![...el.children].some((child) => shows(child, probe)),
      );
      for (const el of holders) {
        const rect = el.getBoundingClientRect();
        if (rect.bottom <= 0 || rect.top >= innerHeight || !rect.height) continue;
        const top = Math.max(0, rect.top);
        const left = Math.max(0, rect.left);
        return {
          x: left,
          y: top,
          width: Math.min(innerWidth, rect.right) - left,
          height: Math.min(innerHeight, rect.bottom) - top,
          target: getComputedStyle(document.documentElement)
            .getPropertyValue('--target-text')
            .trim(),
        };
      }
    }
    return null;
  }, words);
  expect(box, `"${words}" is not on the phone's screen after following ${link}`).not.toBeNull();
  const shot = await phone.screenshot({ clip: box!, animations: 'disabled' });
  // Count pixels of the ::target-text background in the words' box (decoded in a blank page).
  const decoder = await context.newPage();
  const painted = await decoder.evaluate(
    async ({ png, target }) => {
      const probe = document.createElement('div');
      probe.style.color = target;
      document.body.append(probe);
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number) as [
        number,
        number,
        number,
      ];
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const data = context2d.getImageData(0, 0, image.width, image.height).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs(data[i]! - r) < 6 &&
          Math.abs(data[i + 1]! - g) < 6 &&
          Math.abs(data[i + 2]! - b) < 6
        )
          hits++;
      return hits;
    },
    { png: shot.toString('base64'), target: box!.target },
  );
  expect(
    painted,
    `no ::target-text highlight on "${words}" after following ${link}`,
  ).toBeGreaterThan(20);
  await context.close();
}

/** The link at the end of the plain text, and the same link in the HTML. */
function linkOf(plain: string, html: string): string {
  const link = plain.trim().split('\n').pop() ?? '';
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*#[^:]*:~:text=/);
  expect(html).toContain(`<a href="${link}">`);
  return link;
}

/**
 * The quoted words at the start of the plain text: exactly `expected` when given; for our
 * translation, the words before its "[traducción no oficial" mark.
 */
function quotedWords(plain: string, spanish: boolean, expected?: string): string {
  const [open, close] = spanish ? ['«', '»'] : ['“', '”'];
  if (expected !== undefined) {
    expect(plain.startsWith(`${open}${expected}${close}`), plain).toBe(true);
    return expected;
  }
  expect(plain.startsWith(open)).toBe(true);
  return plain.slice(1, plain.indexOf(`${close} [`));
}

type Kind = 'prose' | 'statute' | 'reported' | 'statute-quote' | 'translation';
const STYLES = ['bluebook', 'apa', 'mla', 'chicago'] as const;

const CASES: { path: string; pick: Pick; kind: Kind }[] = [
  // Our own prose on the explainers, the questions page and the Spanish edition.
  {
    path: '/ruling/',
    pick: { sel: 'h2#holding ~ p', index: 1, count: 8 },
    kind: 'prose',
  },
  {
    path: '/ruling/',
    pick: { sel: '.article-body > p', index: 0, from: 2, count: 12 },
    kind: 'prose',
  },
  {
    path: '/appeal/',
    pick: { sel: '.article-body > p', index: 1, from: 1, count: 7 },
    kind: 'prose',
  },
  { path: '/agreement/', pick: { sel: '.article-body > p', index: 2, count: 10 }, kind: 'prose' },
  {
    path: '/related-cases/',
    pick: { sel: '.article-body > p', index: 1, from: 3, count: 6 },
    kind: 'prose',
  },
  { path: '/checked/', pick: { sel: '.article-body > p', index: 0, count: 9 }, kind: 'prose' },
  { path: '/about/', pick: { sel: '.article-body > p', index: 1, count: 5 }, kind: 'prose' },
  { path: '/', pick: { sel: '.article-body > p', index: 0, from: 1, count: 14 }, kind: 'prose' },
  { path: '/questions/', pick: { sel: '.article-body > p', index: 0, count: 8 }, kind: 'prose' },
  {
    path: '/questions/',
    pick: { sel: '.article-body > p', index: 3, from: 2, count: 20 },
    kind: 'prose',
  },
  {
    path: '/glossary/',
    pick: { sel: '.article-body dd > p:not(.term-sources)', index: 2, count: 9 },
    kind: 'prose',
  },
  {
    path: '/law/26-usc-6103/',
    pick: { sel: '.provision-note dd p', index: 0, count: 8 },
    kind: 'prose',
  },
  {
    path: '/es/ruling/',
    pick: { sel: 'h2#holding ~ p', index: 0, count: 8 },
    kind: 'prose',
  },
  {
    path: '/es/questions/',
    pick: { sel: '.article-body > p', index: 1, count: 10 },
    kind: 'prose',
  },
  {
    path: '/es/appeal/',
    pick: { sel: '.article-body > p', index: 2, from: 1, count: 12 },
    kind: 'prose',
  },
  // The statute's own text, on its page.
  { path: '/law/26-usc-6103/', pick: { sel: '#i_2_A > p', from: 14, count: 9 }, kind: 'statute' },
  { path: '/law/26-usc-6103/', pick: { sel: '#b_6 > p', from: 4, count: 6 }, kind: 'statute' },
  { path: '/law/26-usc-6103/', pick: { sel: '#a_1', from: 1, count: 5 }, kind: 'statute' },
  {
    path: '/law/5-usc-706/',
    pick: { sel: '.statute-text li[id]', index: 1, from: 1, count: 6 },
    kind: 'statute',
  },
  {
    path: '/law/26-usc-7213a/',
    pick: { sel: '.statute-text li[id] > p', index: 0, from: 3, count: 7 },
    kind: 'statute',
  },
  { path: '/es/law/26-usc-6103/', pick: { sel: '#i_2_C > p', from: 3, count: 8 }, kind: 'statute' },
  // Statute words quoted on the explainers.
  { path: '/ruling/', pick: { sel: 'q[data-q="cite"]', index: 0 }, kind: 'statute-quote' },
  { path: '/glossary/', pick: { sel: 'q[data-q="cite"]', index: 1 }, kind: 'statute-quote' },
  { path: '/es/agreement/', pick: { sel: 'q[data-q="cite"]', index: 0 }, kind: 'statute-quote' },
  // A court's, an agency's or a person's words, as an outlet reported them.
  { path: '/ruling/', pick: { sel: 'q[data-q="by"]', index: 0 }, kind: 'reported' },
  {
    path: '/appeal/',
    pick: { sel: 'figure[data-q="by"] blockquote p', index: 0, count: 9 },
    kind: 'reported',
  },
  { path: '/related-cases/', pick: { sel: 'q[data-q="by"]', index: 0 }, kind: 'reported' },
  { path: '/es/ruling/', pick: { sel: 'q[data-q="by"]', index: 0 }, kind: 'reported' },
  // Our unofficial Spanish translation of a quotation.
  {
    path: '/es/ruling/',
    pick: { sel: 'span.quote-translation', index: 0, from: 3, count: 5 },
    kind: 'translation',
  },
  {
    path: '/es/appeal/',
    pick: { sel: 'p.quote-translation', index: 0, from: 3, count: 6 },
    kind: 'translation',
  },
];

test.describe('copy as quotation', () => {
  CASES.forEach(({ path, pick, kind }, i) => {
    const style = STYLES[i % STYLES.length]!;
    test(`${kind} on ${path} (${pick.sel}), ${style}`, async ({ page, browser }) => {
      await page.goto(path);
      await page.evaluate((key) => localStorage.setItem('cite-style', key), style);
      const spanish = path.startsWith('/es/');
      const selected = await select(page, pick);
      const heading = await headingOfSelection(page);
      const expected = await page.evaluate(
        ({ pick, kind }) => {
          const el = document.querySelectorAll(pick.sel)[pick.index ?? 0]!;
          const q = el.closest<HTMLElement>('[data-q]');
          // The attribution that follows the quotation: "(as reported by UPI[4])".
          let next = q?.querySelector('.quote-attribution') ?? q?.nextElementSibling;
          while (next && !next.matches('.quote-attribution')) next = next.nextElementSibling;
          const attribution = kind === 'translation' ? '' : (next?.textContent ?? '');
          const designation = el.closest('li[id]')?.querySelector<HTMLElement>('.designation');
          return { attribution, cite: q?.dataset.cite ?? designation?.title ?? '' };
        },
        { pick, kind },
      );
      const { plain, html } = await copyQuotation(page);
      // Verbatim: what the page shows, without its apparatus.
      const quoted = quotedWords(plain, spanish, kind === 'translation' ? undefined : selected);
      expect(quoted.length).toBeGreaterThan(5);
      expect(await articleText(page)).toContain(quoted);
      expect(quoted).not.toMatch(/\[\d+\]|Copy as quotation|Copiar como cita/);

      const citation = plain.split('\n').slice(0, -1).join('\n');
      if (kind === 'prose') {
        expect(citation).toContain(SITE);
        if (heading) expect(citation).toContain(heading);
        if (style === 'apa')
          expect(citation).toMatch(
            heading
              ? spanish
                ? /sección .*, párr\. \d+\)/
                : / section, para\. \d+\)/
              : /, (para|párr)\. \d+\)/,
          );
        if (style === 'bluebook') expect(citation).toMatch(/ ¶ \d+/);
        if (style === 'chicago' && heading)
          expect(citation).toMatch(spanish ? /en «.*», párr\. \d+/ : /under “.*,” par\. \d+/);
        if (style === 'mla' && heading) expect(citation).toMatch(/sec\. [“«]/);
      } else if (kind === 'statute' || kind === 'statute-quote') {
        expect(expected.cite).toMatch(/U\.S\.C\. §/);
        expect(citation).toContain(expected.cite);
        expect(citation).toContain('https://uscode.house.gov/');
        expect(citation).not.toContain(SITE);
      } else if (kind === 'reported') {
        // The outlet the page names, and a "quoted in" form; never our site as the speaker.
        const publisher = expected.attribution
          .replace(/^.*?(as reported by|según) /, '')
          .replace(/\[\d+\].*$/, '')
          .trim();
        expect(publisher.length).toBeGreaterThan(1);
        expect(citation).toContain(publisher);
        expect(citation).toMatch(
          /as quoted in|as cited in|qtd\. in|Quoted in|citado en|como se citó en|cit\. en|Citado en/,
        );
        expect(citation).not.toContain(SITE);
      } else {
        expect(citation).toContain('traducción no oficial');
        expect(citation).toContain('Original en inglés:');
      }
      if (spanish) expect(plain.startsWith('«')).toBe(true);

      const link = linkOf(plain, html);
      // The section's id first (prose before the first heading has none to give).
      if (heading || kind !== 'prose') expect(link.split('#')[1]).not.toMatch(/^:~:/);
      await landsOn(browser, link, quoted);
    });
  });
});

test.describe('links to words that are hard to encode', () => {
  /** Finds, in the page's quotable text, a few words around a match; selects them. */
  async function selectAround(
    page: Page,
    scope: string,
    pattern: string,
    nth = 0,
  ): Promise<string> {
    const found = await page.evaluate(
      ({ scope, pattern, nth }) => {
        const re = new RegExp(pattern, 'g');
        const hits: Range[] = [];
        for (const el of document.querySelectorAll(scope)) {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (
              node.parentElement?.closest(
                '.cite-ref,.term-popover,noscript,.designation,.provision-tools',
              )
            )
              continue;
            for (const m of (node.textContent ?? '').matchAll(re)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              hits.push(range);
            }
          }
        }
        const range = hits[nth];
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return range.toString();
      },
      { scope, pattern, nth },
    );
    expect(found, `no match for ${pattern} in ${scope}`).toBeTruthy();
    return found!;
  }

  for (const [label, path, scope, pattern, encoded] of [
    ['a hyphen', '/ruling/', '.article-body p', '\\w+ \\w+-\\w+ \\w+', '%2D'],
    ['a comma', '/law/26-usc-6103/', '.statute-text li[id] > p', '\\w+ \\w+, \\w+ \\w+', '%2C'],
    ['a section sign', '/ruling/', '.article-body p', '§ \\d+\\(\\w\\)\\(\\d\\)', '%C2%A7'],
    [
      'a curly apostrophe',
      '/law/26-usc-6103/',
      '.statute-text li[id] > p',
      '\\w+ \\w+’s \\w+',
      '%E2%80%99',
    ],
    ['an ampersand', '/sources/', '.article-body li[id]', '\\w+ & \\w+ \\w+ \\w+ \\w+', '%26'],
  ] as const) {
    test(`a phrase with ${label}`, async ({ page, browser }) => {
      await page.goto(path);
      const words = await selectAround(page, scope, pattern);
      const { plain, html } = await copyQuotation(page);
      quotedWords(plain, false, words);
      const link = linkOf(plain, html);
      expect(link.split(':~:text=')[1]).toContain(encoded);
      await landsOn(browser, link, words);
    });
  }

  test('a phrase that occurs twice links to the one selected', async ({ page, browser }) => {
    await page.goto('/law/26-usc-6103/');
    // A four-word phrase of the statute that the page shows exactly twice, chosen at run time,
    // whose second occurrence has words before it in its paragraph that the first has not.
    const found = await page.evaluate(() => {
      const text = (document.querySelector('main') as HTMLElement).innerText.replace(/\s+/g, ' ');
      const count = (s: string) => text.split(s).length - 1;
      const items = [...document.querySelectorAll('.statute-text li[id] > p')];
      for (const item of items) {
        const words = (item.textContent ?? '').replace(/\s+/g, ' ').match(/[A-Za-z]+/g) ?? [];
        for (let i = 2; i + 4 <= words.length; i++) {
          const phrase = words.slice(i, i + 4).join(' ');
          if (count(phrase) !== 2) continue;
          const second = item.textContent!.replace(/\s+/g, ' ').indexOf(phrase);
          const before = item.textContent!.replace(/\s+/g, ' ').slice(0, second).trim();
          const firstAt = text.indexOf(phrase);
          // The selected occurrence must be the second on the page, with a telling word before it.
          if (text.indexOf(before.split(' ').slice(-2).join(' ') + ' ' + phrase) <= firstAt)
            continue;
          if (count(before.split(' ').slice(-2).join(' ') + ' ' + phrase) !== 1) continue;
          const all = [...document.querySelectorAll('.statute-text li[id] > p')];
          const index = all
            .filter((p) => (p.textContent ?? '').replace(/\s+/g, ' ').includes(phrase))
            .indexOf(item);
          if (index === 1) return phrase;
        }
      }
      return null;
    });
    expect(found).toBeTruthy();
    const escaped = found!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const words = await selectAround(page, '.statute-text li[id] > p', escaped, 1);
    const { plain, html } = await copyQuotation(page);
    const link = linkOf(plain, html);
    // A prefix makes the fragment match only the second occurrence.
    expect(link.split(':~:text=')[1]).toMatch(/^[^,]+-,/);
    await landsOn(browser, link, words);
  });
});

test.describe('what the control refuses, and what it leaves alone', () => {
  test('a selection from a quotation into our words asks to be narrowed', async ({ page }) => {
    await page.goto('/ruling/');
    await page.evaluate(() => {
      const q = document.querySelector('q[data-q="by"]')!;
      const block = q.closest('p')!;
      const range = document.createRange();
      range.setStart(q.firstChild!, 0);
      range.setEnd(block, block.childNodes.length);
      q.scrollIntoView({ block: 'center' });
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
    await page.locator('.quote-bar button').click();
    await expect(page.locator('.quote-bar')).toContainText('Select only the quotation');
    await expect(page.locator('[data-module="page-enhancements"]')).toContainText('Select only');
    expect((await readClipboard(page)).plain).toBe('(empty)');
  });

  test('a selection across paragraphs is refused, not joined', async ({ page }) => {
    await page.goto('/appeal/');
    await page.evaluate(() => {
      const [a, b] = document.querySelectorAll('.article-body > p');
      const range = document.createRange();
      range.setStart(a!.firstChild!, 0);
      range.setEnd(b!.lastChild!, 0);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await expect(page.locator('.quote-bar')).toContainText('within one paragraph');
  });

  test('plain Ctrl+C copies the words as they are', async ({ page }) => {
    await page.goto('/ruling/');
    const words = await select(page, { sel: '.article-body > p', index: 0, count: 6 });
    await expect(page.locator('.quote-bar button')).toBeVisible();
    await page.keyboard.press('Control+C');
    const { plain } = await readClipboard(page);
    expect(plain.replace(/\s+/g, ' ').trim()).toBe(words);
  });

  test('the keyboard reaches the control after a selection, and hears the result', async ({
    page,
  }) => {
    await page.goto('/ruling/');
    // Where a reader's click (or caret) was: the start of the paragraph.
    await page
      .locator('.article-body > p')
      .first()
      .click({ position: { x: 1, y: 4 } });
    await select(page, { sel: '.article-body > p', index: 0, from: 0, count: 3 });
    await expect(page.locator('.quote-bar button')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('.quote-bar button')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-module="page-enhancements"]')).toHaveText(/Quotation copied/);
  });

  test('without ClipboardItem, one click still copies both flavours', async ({ page }) => {
    await page.goto('/ruling/');
    await page.evaluate(() => {
      // @ts-expect-error: a browser without ClipboardItem
      delete window.ClipboardItem;
    });
    await select(page, { sel: '.article-body > p', index: 0, count: 6 });
    const { plain, html } = await copyQuotation(page);
    expect(plain).toContain(SITE);
    expect(html).toContain('<blockquote>');
  });

  test('the bar goes when the selection does', async ({ page }) => {
    await page.goto('/ruling/');
    await select(page, { sel: '.article-body > p', index: 0, count: 4 });
    await expect(page.locator('.quote-bar')).toBeVisible();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await expect(page.locator('.quote-bar')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('nothing appears, and the Cite panel gives every section its pin cite as text', async ({
    page,
  }) => {
    await page.goto('/ruling/');
    await page.locator('.article-body > p').first().selectText();
    await expect(page.locator('.quote-bar')).toHaveCount(0);
    const heading = (await page.locator('h2#holding').textContent())!.trim();
    const item = page.locator('.cite-sections li', { has: page.locator('a[href="#holding"]') });
    await expect(item).toContainText(`Bluebook: `);
    await expect(item).toContainText(`“${heading}” (last updated`);
    await expect(item).toContainText(`APA 7: (${SITE}, `);
    await expect(item).toContainText(`${heading} section)`);
    await expect(item).toContainText(`MLA 9: (`);
    await expect(item).toContainText(`Chicago 17: ${SITE}, `);
    await expect(item).toContainText(`under “${heading},”`);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 390, height: 844 } });
    test('axe finds nothing with the control shown', async ({ page }) => {
      await page.goto('/ruling/');
      await select(page, { sel: '.article-body > p', index: 0, count: 6 });
      await expect(page.locator('.quote-bar button')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .include('.quote-bar')
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      // And the refusal message, in the bar.
      await page.evaluate(() => {
        const [a, b] = document.querySelectorAll('.article-body > p');
        const range = document.createRange();
        range.setStart(a!.firstChild!, 0);
        range.setEnd(b!.lastChild!, 0);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      });
      await expect(page.locator('.quote-bar span')).not.toBeEmpty();
      const again = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(again.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
}

/**
 * Reported words whose original speaker content/quote-speakers.yaml names: picked from that file
 * at run time (a district-court and a D.C. Circuit passage, an MOU passage, an official's words),
 * each on the first page that publishes its id (content/published-anchors.json), in both editions.
 */
test.describe('reported words credited to their original speaker', () => {
  type Entry = {
    document?: string;
    person?: string;
    es?: { person?: string };
  };
  const content = path.resolve('content');
  const speakers = yaml.load(
    fs.readFileSync(path.join(content, 'quote-speakers.yaml'), 'utf8'),
  ) as Record<string, Entry>;
  const anchors = JSON.parse(
    fs.readFileSync(path.join(content, 'published-anchors.json'), 'utf8'),
  ) as Record<string, string[]>;
  const routeOf = (id: string) =>
    Object.keys(anchors).find((route) => !route.startsWith('/es/') && anchors[route]!.includes(id));
  const documentRecord = (id: string) =>
    matter(fs.readFileSync(path.join(content, 'documents', `${id}.md`), 'utf8')).data as {
      title: string;
      case?: { name: string; docket: string; court: string };
    };
  const pick = (wanted: (entry: Entry) => boolean) =>
    Object.keys(speakers).find((id) => wanted(speakers[id]!) && routeOf(id));
  const chosen = [
    pick((e) => e.document === 'district-opinion-2025-05-12'),
    pick((e) => e.document === 'appeal-opinion-2026-02-24'),
    pick((e) => e.document === 'mou-2025-04-07'),
    pick((e) => Boolean(e.person)),
  ];

  test('the data file names quotations of each kind that pages publish', () => {
    expect(chosen.every(Boolean), JSON.stringify(chosen)).toBe(true);
  });

  chosen.forEach((id, i) => {
    for (const spanish of [false, true]) {
      const style = STYLES[(i * 2 + Number(spanish)) % STYLES.length]!;
      test(`${id} (${spanish ? 'es' : 'en'}), ${style}`, async ({ page }) => {
        const entry = speakers[id!]!;
        const route = `${spanish ? '/es' : ''}${routeOf(id!)}`;
        await page.goto(route);
        await page.evaluate((key) => localStorage.setItem('cite-style', key), style);
        const words = await select(page, {
          sel: `q[id="${id}"], figure[id="${id}"] blockquote p`,
          count: 12,
        });
        const { plain } = await copyQuotation(page);
        quotedWords(plain, spanish, words);
        const citation = plain.split('\n').slice(0, -1).join('\n');

        // The speaker, as the data file and the document record name it; then "as quoted in".
        const doc = entry.document ? documentRecord(entry.document) : undefined;
        const speaker = doc
          ? (doc.case?.name ?? doc.title)
          : ((spanish ? entry.es?.person : undefined) ?? entry.person!);
        const quotedIn = spanish
          ? /, (citado en|como se citó en|cit\. en) /
          : /, (as quoted in|as cited in|qtd\. in|quoted in) /;
        expect(citation).toContain(speaker);
        expect(citation).toMatch(quotedIn);
        expect(citation.indexOf(speaker)).toBeLessThan(citation.search(quotedIn));
        if (doc?.case && (style === 'bluebook' || style === 'chicago'))
          expect(citation).toContain(
            `${doc.case.name}, No. ${doc.case.docket} (${doc.case.court} `,
          );
        // Then the outlet the page names, with its URL; no page number, never our site.
        const outlet = await page.evaluate((id) => {
          const q = document.getElementById(id)!;
          let next = q.querySelector('.quote-attribution') ?? q.nextElementSibling;
          while (next && !next.matches('.quote-attribution')) next = next.nextElementSibling;
          const note = next?.querySelector<HTMLAnchorElement>('a.cite-ref')?.hash ?? '';
          return {
            name: (next?.textContent ?? '')
              .replace(/^.*?(as reported by|según) /, '')
              .replace(/\[\d+\].*$/, '')
              .trim(),
            url: document.querySelector(`${note} a[href^="http"]`)?.getAttribute('href') ?? '',
          };
        }, id!);
        expect(outlet.name.length).toBeGreaterThan(1);
        expect(citation).toContain(outlet.name);
        expect(citation.slice(citation.search(quotedIn))).toContain(outlet.name);
        if (outlet.url) expect(citation).toContain(outlet.url);
        expect(citation).not.toMatch(/\bp\. ?\d|slip op\./);
        expect(citation).not.toContain(SITE);
      });
    }
  });
});
