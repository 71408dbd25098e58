/**
 * What can be embedded, read from the site model of one edition, so an embed always shows the
 * words the canonical page shows today: each page's "where this stands" note, each timeline event
 * and the timeline of each thread, each question and answer, each glossary term, each statute
 * provision we hold, and each key number on the home page.
 *
 * An item's address is stable: it is built from the fragment id of the section it shows
 * (`/embed/questions/<id>/` for `/questions/#<id>`), and for the key numbers, which have no id of
 * their own, from the English figure (`/embed/numbers/about-700000/`) in both editions.
 */
import GithubSlugger from 'github-slugger';
import type { List, ListItem, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { EventEntry, PageEntry, Site } from '../content/site';
import { answerWords, questionSections } from '../content/questions';
import { THREADS } from '../content/schema';
import { formatDate } from '../dates';
import { englishPath, localizePath, SPANISH_PREFIX, type Locale } from '../i18n/locale';
import { ui } from '../i18n/ui';
import { headingId, parseMarkdown, plainText } from '../markdown/parse';
import { embedLabels, type EmbedLabels } from './labels';

export type EmbedKind = keyof EmbedLabels['kinds'];

/** What an embed shows besides its heading. */
export type EmbedBody =
  | { type: 'markdown'; blocks: RootContent[] }
  | { type: 'statute'; text: string; officialUrl: string }
  | { type: 'events'; events: EventEntry[] };

export interface EmbedItem {
  kind: EmbedKind;
  locale: Locale;
  /** The embed page: `/embed/questions/<id>/`, `/es/embed/questions/<id>/`. */
  path: string;
  /** The section it shows on the canonical page: `/questions/#<id>`. */
  canonical: string;
  /** The canonical page the Embed control offering this item sits on. */
  page: string;
  /** What it is, in the reader's words: the question, the term, "26 U.S.C. § 6103(i)(2)". */
  title: string;
  /** The date the words are true as of: the note's as-of date, the event's, the page's update. */
  date: string;
  /** "As of June 8, 2026", "mid-February 2025". */
  dateLabel: string;
  body: EmbedBody;
  /** Source ids, in order of first use. */
  sources: string[];
  /** The words alone, for the quotation that stands in for the frame. */
  text: string;
}

/** Ids of the sources a Markdown tree cites, in order of first use. */
function citedSources(nodes: RootContent[]): string[] {
  const ids: string[] = [];
  for (const node of nodes)
    visit(node, 'citeRef', (ref: { ids: string[] }) => {
      for (const id of ref.ids) if (!ids.includes(id)) ids.push(id);
    });
  return ids;
}

/** The words of blocks, without editorial asides or a closing "In full: …" link line. */
function textOf(nodes: RootContent[]): string {
  return answerWords(nodes, (node) => plainText(node));
}

const markdown = (blocks: RootContent[]): EmbedBody => ({ type: 'markdown', blocks });

function statusItems(site: Site, labels: EmbedLabels, at: (path: string) => string): EmbedItem[] {
  const pages = [...site.pages.values()].filter(
    (page): page is PageEntry & { data: { status: NonNullable<PageEntry['data']['status']> } } =>
      page.data.status !== undefined,
  );
  return pages.map((page) => {
    const blocks = parseMarkdown(page.data.status.text).children;
    return {
      kind: 'status',
      locale: site.locale,
      path: at(`/embed/status/${page.id}/`),
      canonical: `${page.route}#status-heading`,
      page: page.route,
      title: `${labels.kinds.status}: ${page.data.title}`,
      date: page.data.status.asOf,
      dateLabel: `${labels.asOf} ${formatDate(page.data.status.asOf, site.locale)}`,
      body: markdown(blocks),
      sources: citedSources(blocks),
      text: textOf(blocks),
    };
  });
}

function eventDateLabel(event: EventEntry, locale: Locale): string {
  return event.data.precision === 'approximate' && event.data.dateText
    ? event.data.dateText
    : formatDate(event.data.date, locale);
}

function timelineItems(site: Site, labels: EmbedLabels, at: (path: string) => string): EmbedItem[] {
  const timeline = at('/timeline/');
  const events = site.events.map((event): EmbedItem => ({
    kind: 'event',
    locale: site.locale,
    path: at(`/embed/timeline/${event.id}/`),
    canonical: `${timeline}#${event.id}`,
    page: timeline,
    title: event.data.title,
    date: event.data.date,
    dateLabel: eventDateLabel(event, site.locale),
    body: markdown(event.tree.children),
    sources: [...new Set([...citedSources(event.tree.children), ...event.data.sources])],
    text: textOf(event.tree.children),
  }));
  const threadNames = ui(site.locale).timeline.threads;
  const threads = THREADS.flatMap((thread): EmbedItem[] => {
    const inThread = site.events.filter((event) => event.data.thread === thread);
    const latest = inThread.at(-1);
    if (!latest) return [];
    return [
      {
        kind: 'thread',
        locale: site.locale,
        path: at(`/embed/thread/${thread}/`),
        canonical: `${timeline}?thread=${thread}`,
        page: timeline,
        title: `${labels.kinds.thread}: ${threadNames[thread]}`,
        date: latest.data.date,
        dateLabel: `${labels.updated} ${eventDateLabel(latest, site.locale)}`,
        body: { type: 'events', events: inThread },
        sources: [...new Set(inThread.flatMap((event) => event.data.sources))],
        text: inThread
          .map((event) => `${eventDateLabel(event, site.locale)}: ${event.data.title}`)
          .join('; '),
      },
    ];
  });
  return [...events, ...threads];
}

function questionItems(site: Site, at: (path: string) => string): EmbedItem[] {
  const page = [...site.pages.values()].find((p) => p.data.layout === 'questions');
  if (!page) return [];
  return questionSections(page.tree).map((section) => {
    const blocks = section.answer.filter(
      (block) => !(block.type === 'containerDirective' && block.name === 'editorial'),
    );
    return {
      kind: 'question',
      locale: site.locale,
      path: at(`/embed/questions/${section.id}/`),
      canonical: `${page.route}#${section.id}`,
      page: page.route,
      title: section.question,
      date: page.data.updated,
      dateLabel: `${embedLabels(site.locale).updated} ${formatDate(page.data.updated, site.locale)}`,
      body: markdown(blocks),
      sources: citedSources(blocks),
      text: textOf(blocks),
    };
  });
}

function termItems(site: Site, at: (path: string) => string): EmbedItem[] {
  const glossary = site.pages.get('glossary');
  const updated = glossary?.data.updated ?? [...site.pages.values()][0]!.data.updated;
  const route = at('/glossary/');
  return [...site.terms.values()].map((term) => ({
    kind: 'term',
    locale: site.locale,
    path: at(`/embed/glossary/${term.id}/`),
    canonical: `${route}#${term.id}`,
    page: route,
    title: term.data.term,
    date: updated,
    dateLabel: `${embedLabels(site.locale).updated} ${formatDate(updated, site.locale)}`,
    body: markdown(term.tree.children),
    sources: [...new Set([...citedSources(term.tree.children), ...term.data.sources])],
    text: textOf(term.tree.children),
  }));
}

function provisionItems(site: Site, at: (path: string) => string): EmbedItem[] {
  return [...site.statutes.values()].flatMap((statute) =>
    statute.statute.provisions.map((provision): EmbedItem => {
      const citation = provision.pinpoint
        ? `${statute.data.citation}${provision.pinpoint}`
        : (provision.heading ?? statute.data.citation);
      return {
        kind: 'provision',
        locale: site.locale,
        path: at(`/embed/law/${statute.id}/${provision.id}/`),
        canonical: `${statute.route}#${provision.id}`,
        page: statute.route,
        title:
          provision.heading && provision.pinpoint ? `${citation}: ${provision.heading}` : citation,
        date: statute.data.updated,
        dateLabel: statute.data.currency,
        body: { type: 'statute', text: provision.text, officialUrl: statute.data.officialUrl },
        sources: statute.data.sources,
        text: provision.text,
      };
    }),
  );
}

/** The home page's "Key numbers" list: each item's figure is its bold lead. */
function keyNumberList(home: PageEntry): ListItem[] {
  const index = home.tree.children.findIndex(
    (node) => node.type === 'heading' && headingId(node) === 'key-numbers',
  );
  const list = home.tree.children
    .slice(index + 1)
    .find((node): node is List => node.type === 'list');
  return index === -1 || !list ? [] : list.children;
}

function figureOf(item: ListItem): string {
  const lead = item.children[0];
  const strong =
    lead?.type === 'paragraph' ? lead.children.find((node) => node.type === 'strong') : undefined;
  return strong ? plainText(strong) : '';
}

function numberItems(site: Site, english: Site, at: (path: string) => string): EmbedItem[] {
  const home = site.pages.get('home');
  const englishHome = english.pages.get('home');
  if (!home || !englishHome) return [];
  const items = keyNumberList(home);
  const englishFigures = keyNumberList(englishHome).map(figureOf);
  // The Spanish list is the English one translated, item for item; if they ever differ, the
  // addresses could not be shared, so the Spanish numbers are left out rather than mismatched.
  if (items.length !== englishFigures.length) return [];
  const slugger = new GithubSlugger();
  const route = at('/');
  return items.map((item, i) => {
    const blocks = item.children as RootContent[];
    return {
      kind: 'number',
      locale: site.locale,
      path: at(`/embed/numbers/${slugger.slug(englishFigures[i] ?? `${i + 1}`)}/`),
      canonical: `${route}#key-numbers`,
      page: route,
      title: figureOf(item),
      date: home.data.updated,
      dateLabel: `${embedLabels(site.locale).updated} ${formatDate(home.data.updated, site.locale)}`,
      body: markdown(blocks),
      sources: citedSources(blocks),
      text: textOf(blocks),
    };
  });
}

/** Every embeddable item of one edition, the status cards first (each page's default card). */
export function embedItems(site: Site, english: Site): EmbedItem[] {
  const labels = embedLabels(site.locale);
  const at = (path: string) => localizePath(path, site.locale);
  return [
    ...statusItems(site, labels, at),
    ...numberItems(site, english, at),
    ...questionItems(site, at),
    ...timelineItems(site, labels, at),
    ...termItems(site, at),
    ...provisionItems(site, at),
  ];
}

/** The markdown tree of an item's words, ready to render. */
export function bodyTree(blocks: RootContent[]): Root {
  return { type: 'root', children: structuredClone(blocks) };
}

/** The status card's address: each explainer page's default card. */
export function statusEmbedPath(pageId: string, locale: Locale): string {
  return localizePath(`/embed/status/${pageId}/`, locale);
}

/**
 * The list of a canonical page's embeddable items, fetched by its Embed control when a reader
 * opens it (so the page carries no element per item): `/embed/pages/ruling/items.json`.
 */
export function embedIndexPath(route: string, locale: Locale): string {
  // Written out: localizePath keeps files at their English path.
  return `${locale === 'es' ? SPANISH_PREFIX : ''}/embed/pages${englishPath(route)}items.json`;
}

export interface EmbedIndexEntry {
  path: string;
  title: string;
  /** The section on the page, to preselect the item a reader arrived at (`#i_2`). */
  fragment: string;
}

const byPage = new Map<Site, Map<string, EmbedItem[]>>();

/** Each canonical page's embeddable items, in the order the reader meets them. */
export function itemsByPage(site: Site, english: Site): Map<string, EmbedItem[]> {
  const cached = byPage.get(site);
  if (cached) return cached;
  const pages = new Map<string, EmbedItem[]>();
  for (const item of embedItems(site, english))
    pages.set(item.page, [...(pages.get(item.page) ?? []), item]);
  byPage.set(site, pages);
  return pages;
}

export function indexEntry(item: EmbedItem): EmbedIndexEntry {
  const hash = item.canonical.indexOf('#');
  return {
    path: item.path,
    title: item.title,
    fragment: hash === -1 ? '' : item.canonical.slice(hash + 1),
  };
}
