/**
 * What a reporter pastes, and what oEmbed clients receive as `html`: the same code either way.
 *  - A <blockquote> with the words, their date and a link: what is left where a CMS strips
 *    iframes, and what feeds, AMP and email show. WordPress hides it once the frame reports in.
 *  - An <iframe> of the embed page: titled, lazy, sandboxed (scripts for the height report,
 *    popups so its links open the canonical page in a new tab), with a height close to the
 *    content's so nothing jumps when the embed reports its real height.
 */
import type { Locale } from '../i18n/locale';
import { ui } from '../i18n/ui';
import { absoluteUrl } from '../site-config';
import type { EmbedItem } from './items';

export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
export const EMBED_WIDTH = 600;
/** oEmbed `cache_age`: a day, so a host re-reads the note, the date and the code daily. */
export const OEMBED_CACHE_AGE = 86400;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The words of the quotation, cut at a word boundary near 400 characters. */
export function excerpt(text: string, limit = 400): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 40)).trimEnd()}…`;
}

/**
 * A height near the content's at 600 px wide, from the length of the words and the sources,
 * so a host that never listens to the height report still shows the card with little to spare.
 */
export function defaultHeight(item: EmbedItem): number {
  const lines =
    item.body.type === 'events'
      ? item.body.events.length * 2
      : Math.ceil(item.text.length / 70) + Math.ceil(item.title.length / 55);
  const estimate = 170 + lines * 24 + item.sources.length * 26;
  return Math.min(Math.max(estimate, 200), 1000);
}

export function embedTitle(item: EmbedItem): string {
  return `${item.title} — ${ui(item.locale).siteName}`;
}

export function embedCode(item: EmbedItem): string {
  const site = ui(item.locale).siteName;
  const canonical = absoluteUrl(item.canonical);
  return [
    `<blockquote class="irs-ice-embed" cite="${escape(canonical)}">`,
    `<p>${escape(excerpt(item.text))}</p>`,
    `<footer>— <a href="${escape(canonical)}">${escape(item.title)}</a>, ${escape(site)}, <time datetime="${escape(item.date)}">${escape(item.dateLabel)}</time></footer>`,
    '</blockquote>',
    `<iframe src="${escape(absoluteUrl(item.path))}" title="${escape(embedTitle(item))}" width="${EMBED_WIDTH}" height="${defaultHeight(item)}" loading="lazy" sandbox="${EMBED_SANDBOX}" style="border:0;max-width:100%"></iframe>`,
  ].join('\n');
}

/** The prebuilt oEmbed answer for one item (oEmbed 1.0, type `rich`). */
export function oembedJson(item: EmbedItem) {
  const t = ui(item.locale as Locale);
  return {
    type: 'rich',
    version: '1.0',
    title: embedTitle(item),
    provider_name: t.siteName,
    provider_url: absoluteUrl(item.locale === 'es' ? '/es/' : '/'),
    cache_age: OEMBED_CACHE_AGE,
    html: embedCode(item),
    width: EMBED_WIDTH,
    height: defaultHeight(item),
  };
}

/** The oEmbed file beside each embed page: `/embed/…/oembed.json`. */
export function oembedPath(item: EmbedItem): string {
  return `${item.path}oembed.json`;
}
