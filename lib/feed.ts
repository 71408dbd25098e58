/**
 * The Atom feed of one edition's change log (additions, updates and corrections): /feed.xml in
 * English, /es/feed.xml from the Spanish change entries. Every page of an edition names its feed
 * in <head> (components/layout/SiteFrame.tsx), so feed readers find it from any page.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { getSite } from './content/site';
import { latestUpdate } from './data-export';
import { localizePath, LOCALE_TAGS, SPANISH_PREFIX, type Locale } from './i18n/locale';
import { ui } from './i18n/ui';
import { plainText } from './markdown/parse';
import { absoluteUrl } from './site-config';

export const FEED_TYPE = 'application/atom+xml';

/**
 * The feed of an edition: `/feed.xml`, `/es/feed.xml` (written out: localizePath keeps files,
 * which most exist once, at their English path).
 */
export function feedPath(locale: Locale): string {
  return locale === 'es' ? `${SPANISH_PREFIX}/feed.xml` : '/feed.xml';
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The entry's text, one block after another: a correction's list items must not run together. */
function summaryOf(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    blocks.push(plainText(node));
    return SKIP;
  });
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

export function atomFeed(locale: Locale): string {
  const site = getSite(locale);
  const t = ui(locale);
  const changesPath = localizePath('/changes/', locale);
  const entries = site.changes.map((change) => {
    const url = absoluteUrl(`${changesPath}#${change.id}`);
    return `  <entry>
    <id>${escape(url)}</id>
    <title>${escape(change.data.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <updated>${change.data.date}T00:00:00Z</updated>
    <category term="${change.data.kind}" label="${escape(t.changes.kinds[change.data.kind] ?? change.data.kind)}"/>
    <summary>${escape(summaryOf(change.tree))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE_TAGS[locale].lang}">
  <id>${escape(absoluteUrl(localizePath('/', locale)))}</id>
  <title>${escape(`${t.siteName}: ${t.changes.title}`)}</title>
  <link href="${escape(absoluteUrl(feedPath(locale)))}" rel="self" type="${FEED_TYPE}"/>
  <link href="${escape(absoluteUrl(changesPath))}" rel="alternate" type="text/html"/>
  <updated>${latestUpdate(site)}T00:00:00Z</updated>
  <author><name>${escape(t.siteName)}</name></author>
${entries.join('\n')}
</feed>
`;
}

export function feedResponse(locale: Locale): Response {
  return new Response(atomFeed(locale), {
    headers: { 'Content-Type': `${FEED_TYPE}; charset=utf-8` },
  });
}
