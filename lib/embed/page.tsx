/**
 * One embed page: a whole, small document made to be framed on another site. It works without
 * JavaScript, requests nothing from anyone (system fonts, inline style), follows the reader's light
 * or dark scheme, names its sources with links, and every link opens our canonical page in a new
 * tab. Its only script reports its height to the host page (lib/embed/assets.ts).
 *
 * Rendered with React on the server, like every page, but outside Next: an embed needs none of the
 * site's frame (header, footer, stylesheet, behaviours), and its policy allows exactly one inline
 * style and one script, by hash.
 */
import type { Nodes, Root } from 'mdast';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SKIP, visit } from 'unist-util-visit';
import type { Site } from '../content/site';
import { LOCALE_TAGS } from '../i18n/locale';
import { ui } from '../i18n/ui';
import { NoteNumbers, renderMarkdown } from '../markdown/render';
import { formatDate } from '../dates';
import { absoluteUrl } from '../site-config';
import { EMBED_SCRIPT, EMBED_STYLE } from './assets';
import { embedTitle, oembedPath } from './code';
import { bodyTree, type EmbedItem } from './items';
import { embedLabels } from './labels';

/** Links leave the frame: a new tab, without handing it this window. */
const OUT = { target: '_blank', rel: 'noopener' } as const;

/**
 * The words without their source markers (the sources are listed below them) and with glossary
 * terms as plain words (their definitions are a page away, not a popover in a frame).
 */
function plainWords(tree: Root): Root {
  visit(tree, (node: Nodes, index, parent) => {
    if (!parent || index === undefined) return;
    if ((node.type as string) === 'citeRef') {
      parent.children.splice(index, 1);
      // "confirmed it [@a]." must not become "confirmed it ." once the marker is gone.
      const before = parent.children[index - 1];
      const after = parent.children[index];
      if (
        before?.type === 'text' &&
        (after === undefined || (after.type === 'text' && /^[.,;:!?)\]]/.test(after.value)))
      )
        before.value = before.value.trimEnd();
      return [SKIP, index];
    }
    if (node.type === 'textDirective' && node.name === 'term') {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
  });
  return tree;
}

function Body({ item, site }: { item: EmbedItem; site: Site }) {
  const { body } = item;
  if (body.type === 'statute')
    return (
      <div className="text statute" lang="en">
        {body.text}
      </div>
    );
  if (body.type === 'events')
    return (
      <ol className="events">
        {body.events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.data.date}>
              {event.data.precision === 'approximate' && event.data.dateText
                ? event.data.dateText
                : formatDate(event.data.date, site.locale)}
            </time>
            {': '}
            <a href={absoluteUrl(`${item.page}#${event.id}`)} {...OUT}>
              {event.data.title}
            </a>
          </li>
        ))}
      </ol>
    );
  const base = absoluteUrl(item.page);
  const Link = ({ href, children }: ComponentProps<'a'>) =>
    // A link to a note on the page (a quote's attribution) is only words here: the sources follow.
    !href || href.startsWith('#') ? (
      <span>{children}</span>
    ) : (
      <a href={new URL(href, base).href} {...OUT}>
        {children}
      </a>
    );
  return (
    <div className="text">
      {renderMarkdown(plainWords(bodyTree(body.blocks)), {
        site,
        notes: new NoteNumbers(),
        components: { a: Link },
      })}
    </div>
  );
}

function Sources({ item, site }: { item: EmbedItem; site: Site }) {
  const labels = embedLabels(site.locale);
  const sources = item.sources.flatMap((id) => {
    const source = site.sources.get(id);
    return source ? [source] : [];
  });
  const official = item.body.type === 'statute' ? item.body.officialUrl : null;
  if (!sources.length && !official) return null;
  return (
    <div className="sources">
      <p id="sources">{labels.sources}</p>
      <ol aria-labelledby="sources">
        {official ? (
          <li>
            <a href={official} {...OUT}>
              {labels.officialText}
            </a>
          </li>
        ) : null}
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.data.url} {...OUT}>
              {source.data.titleIsOurs ? `[${source.data.title}]` : source.data.title}
            </a>
            , {source.data.publisher}
            {source.data.date ? `, ${formatDate(source.data.date, site.locale)}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

function EmbedDocument({ item, site }: { item: EmbedItem; site: Site }) {
  const t = ui(site.locale);
  const labels = embedLabels(site.locale);
  const title = embedTitle(item);
  return (
    <html lang={LOCALE_TAGS[site.locale].lang}>
      {/* A whole document of its own, written outside Next. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link
          rel="alternate"
          type="application/json+oembed"
          href={absoluteUrl(oembedPath(item))}
          title={title}
        />
        <style dangerouslySetInnerHTML={{ __html: EMBED_STYLE }} />
      </head>
      <body>
        <article className="embed" aria-labelledby="title">
          <p className="kicker">
            {labels.kinds[item.kind]} ·{' '}
            <a href={absoluteUrl(site.locale === 'es' ? '/es/' : '/')} {...OUT}>
              {t.siteName}
            </a>
          </p>
          <h1 id="title">
            <a href={absoluteUrl(item.canonical)} {...OUT}>
              {item.title}
            </a>
          </h1>
          <p className="date">
            {/^\d{4}(-\d{2}){0,2}$/.test(item.date) && item.kind !== 'provision' ? (
              <time dateTime={item.date}>{item.dateLabel}</time>
            ) : (
              item.dateLabel
            )}
          </p>
          <Body item={item} site={site} />
          <Sources item={item} site={site} />
          <p className="more">
            <a href={absoluteUrl(item.canonical)} {...OUT}>
              {labels.readMore} {t.siteName}
            </a>
          </p>
        </article>
        <script dangerouslySetInnerHTML={{ __html: EMBED_SCRIPT }} />
      </body>
    </html>
  );
}

export function embedPageHtml(item: EmbedItem, site: Site): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<EmbedDocument item={item} site={site} />)}`;
}
