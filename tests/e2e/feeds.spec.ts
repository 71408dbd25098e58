/**
 * Feeds as readers' tools find them: from any page of either edition, the page's head names its
 * edition's Atom feed; each feed is valid Atom, as a maintained parser reads it
 * (@rowanmanning/feed-parser), and lists that edition's change entries; /changes/ shows the link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'parse5';
import { attr, elements } from '../../lib/build/html';
import { SITE_URL } from '../../lib/site-config';
import { expect, test } from './fixtures';
import { builtPages } from './site-pages';

const FEEDS = { en: '/feed.xml', es: '/es/feed.xml' } as const;
const editionOf = (route: string) => (route === '/es/' || route.startsWith('/es/') ? 'es' : 'en');
/** Change entries of each edition, by file, as the content holds them. */
const changeIds = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''))
    .sort();

test('every page of both editions names its edition’s feed, as a feed reader discovers it', async ({
  request,
}) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(40);
  for (const route of pages) {
    const html = await (await request.get(route)).text();
    // Autodiscovery: <link rel="alternate" type="application/atom+xml"> in the head.
    const head = [...elements(parse(html))].find((e) => e.tagName === 'head')!;
    const feeds = [...elements(head)].filter(
      (e) =>
        e.tagName === 'link' &&
        (attr(e, 'rel') ?? '').split(/\s+/).includes('alternate') &&
        attr(e, 'type') === 'application/atom+xml',
    );
    expect(feeds.length, route).toBe(1);
    const href = new URL(attr(feeds[0]!, 'href')!, `${SITE_URL}${route}`).href;
    expect(href, route).toBe(`${SITE_URL}${FEEDS[editionOf(route)]}`);
    expect(attr(feeds[0]!, 'title'), route).toBeTruthy();
  }
});

for (const [edition, feedPath] of Object.entries(FEEDS)) {
  test(`${feedPath} is valid Atom listing the ${edition} change entries`, async ({ request }) => {
    const response = await request.get(feedPath);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(edition);
    expect(feed.self).toBe(`${SITE_URL}${feedPath}`);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toBeInstanceOf(Date);
    const changes = edition === 'es' ? '/es/changes/' : '/changes/';
    expect(feed.url).toBe(`${SITE_URL}${changes}`);
    const ids = changeIds(path.join('content', ...(edition === 'es' ? ['es'] : []), 'changes'));
    expect(
      feed.items.map((item) => item.url?.replace(`${SITE_URL}${changes}#`, '')).sort(),
    ).toEqual(ids);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.updated).toBeInstanceOf(Date);
    }
  });
}

test('the Spanish feed carries the Spanish entries, not the English ones', async ({ request }) => {
  const titles = async (feedPath: string) =>
    parseFeed(await (await request.get(feedPath)).text()).items.map((item) => item.title);
  const [english, spanish] = [await titles(FEEDS.en), await titles(FEEDS.es)];
  expect(spanish).toHaveLength(english.length);
  expect(spanish.filter((title) => english.includes(title))).toEqual([]);
});

for (const [route, label, feed] of [
  ['/changes/', 'Follow changes (Atom)', FEEDS.en],
  ['/es/changes/', 'Seguir los cambios (Atom)', FEEDS.es],
] as const) {
  test(`${route} shows a visible “${label}” link`, async ({ page }) => {
    await page.goto(route);
    const link = page.getByRole('link', { name: label });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', feed);
  });
}
