/**
 * Build step: the embed pages (/embed/…, /es/embed/…) and, beside each, its prebuilt oEmbed
 * answer (`oembed.json`), for every embeddable item of both editions (lib/embed/items.ts), and
 * each canonical page's list of its items (`/embed/pages/<route>items.json`) for its Embed control.
 *   usage: tsx scripts/build-embeds.ts [out-dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { getSite } from '../lib/content/site';
import { oembedJson, oembedPath } from '../lib/embed/code';
import { embedIndexPath, embedItems, indexEntry, itemsByPage } from '../lib/embed/items';
import { embedPageHtml } from '../lib/embed/page';
import { LOCALES } from '../lib/i18n/locale';

const outDir = path.resolve(process.argv[2] ?? 'out');
const english = getSite('en');
let pages = 0;
for (const locale of LOCALES) {
  const site = getSite(locale);
  for (const item of embedItems(site, english)) {
    const file = (urlPath: string) => path.join(outDir, ...urlPath.split('/'));
    fs.mkdirSync(file(item.path), { recursive: true });
    fs.writeFileSync(path.join(file(item.path), 'index.html'), embedPageHtml(item, site));
    fs.writeFileSync(file(oembedPath(item)), `${JSON.stringify(oembedJson(item), null, 2)}\n`);
    pages += 1;
    // Let a Ctrl-C in: under tsx a signal is handled between tasks, and the build removes the
    // staging folder only once this step has stopped writing into it.
    if (pages % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  // Each canonical page's list of items, for its Embed control.
  for (const [route, items] of itemsByPage(site, english)) {
    const file = path.join(outDir, ...embedIndexPath(route, locale).split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ items: items.map(indexEntry) }));
  }
}
console.log(`Wrote ${pages} embed pages and their oEmbed files.`);
