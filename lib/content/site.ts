/**
 * The whole site as data: every entry loaded, validated, parsed once, and indexed. `getSite()` is
 * what routes call; it throws a ContentError on any problem, so `next build` can never publish a
 * half-valid site.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { checkRegistry, readRegistry, type AnchorAliases } from '../anchors/registry';
import { analyzeBody, type BodyAnalysis } from '../markdown/analyze';
import { QuoteIds } from '../markdown/ids';
import { parseMarkdown } from '../markdown/parse';
import { parseStatute, type ParsedStatute } from '../statutes/parse';
import { checkSite } from './check';
import { ContentError, type ContentProblem } from './errors';
import { loadContent, type Entry } from './load';
import { GENERATED_ROUTES, glossaryLetterId, LAYOUT_IDS, pageRoute, statuteRoute, timelineYearId } from './routes';
import type { ChangeData, DocumentData, EventData, PageData, SourceData, StatuteData, TermData } from './schema';

export interface Parsed {
  tree: Root;
  analysis: BodyAnalysis;
}

export type PageEntry = Entry<PageData> & Parsed & { route: string };
export type StatuteEntry = Entry<StatuteData> & { statute: ParsedStatute; route: string; noteTrees: Parsed[] };
export type EventEntry = Entry<EventData> & Parsed;
export type TermEntry = Entry<TermData> & Parsed;
export type SourceEntry = Entry<SourceData>;
export type DocumentEntry = Entry<DocumentData> & Parsed;
export type ChangeEntry = Entry<ChangeData> & Parsed;

export interface Site {
  pages: Map<string, PageEntry>;
  statutes: Map<string, StatuteEntry>;
  /** In display order: by date, then by file name (deterministic for events on the same day). */
  events: EventEntry[];
  terms: Map<string, TermEntry>;
  sources: Map<string, SourceEntry>;
  documents: Map<string, DocumentEntry>;
  /** Newest first. */
  changes: ChangeEntry[];
  /** Every route the site builds, with the fragment ids present on it. */
  anchors: Map<string, Set<string>>;
  /** Renamed fragments and moved pages (content/anchor-aliases.yaml). */
  aliases?: AnchorAliases;
  /** Lower-cased term and alias → term id. */
  termIndex: Map<string, string>;
  fileCount: number;
}

function parsed(body: string): Parsed {
  const tree = parseMarkdown(body);
  return { tree, analysis: analyzeBody(tree) };
}

export function buildSite(contentRoot: string, displayRoot = process.cwd()): { site: Site; problems: ContentProblem[] } {
  const loaded = loadContent(contentRoot, displayRoot);
  const { collections } = loaded;

  const pages = new Map(collections.pages.map((e) => [e.id, { ...e, ...parsed(e.body), route: pageRoute(e.id) }]));
  const statutes = new Map(
    collections.statutes.map((e) => [
      e.id,
      { ...e, statute: parseStatute(e.body), route: statuteRoute(e.id), noteTrees: e.data.notes.map((note) => parsed(note.text)) },
    ]),
  );
  const events = collections.timeline.map((e) => ({ ...e, ...parsed(e.body) })).sort(compareEvents);
  const terms = new Map(collections.glossary.map((e) => [e.id, { ...e, ...parsed(e.body) }]));
  const sources = new Map(collections.sources.map((e) => [e.id, e]));
  const documents = new Map(collections.documents.map((e) => [e.id, { ...e, ...parsed(e.body) }]));
  const changes = collections.changes.map((e) => ({ ...e, ...parsed(e.body) })).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

  const termIndex = new Map<string, string>();
  for (const term of terms.values()) {
    for (const name of [term.data.term, ...term.data.aliases]) termIndex.set(name.toLowerCase(), term.id);
  }

  const site: Site = { pages, statutes, events, terms, sources, documents, changes, anchors: new Map(), termIndex, fileCount: loaded.fileCount };
  site.anchors = collectAnchors(site);
  const registryProblems: ContentProblem[] = [];
  const registry = readRegistry(contentRoot, registryProblems);
  site.aliases = registry.aliases;
  registryProblems.push(...checkRegistry(site, registry.manifest, registry.aliases));
  return { site, problems: [...loaded.problems, ...checkSite(site), ...registryProblems] };
}

export function compareEvents(a: Entry<EventData>, b: Entry<EventData>): number {
  return a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);
}

function collectAnchors(site: Site): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const add = (route: string, ids: Iterable<string>) => {
    const set = anchors.get(route) ?? new Set<string>(LAYOUT_IDS);
    for (const id of ids) set.add(id);
    anchors.set(route, set);
  };
  for (const page of site.pages.values()) {
    add(page.route, [
      ...page.analysis.headingIds.map((h) => h.id),
      ...quoteIdsOf(page.analysis.quotes),
      ...page.data.figures.map((f) => `figure-${f.id}`),
    ]);
  }
  add('/law/', [...site.statutes.keys()]);
  for (const statute of site.statutes.values()) {
    add(statute.route, [...statute.statute.provisions.map((p) => p.id), 'text', 'notes-on-provisions', 'about-this-text']);
  }
  add('/timeline/', [...site.events.map((e) => e.id), ...site.events.map((e) => timelineYearId(e.data.date.slice(0, 4)))]);
  add('/glossary/', [...site.terms.keys(), ...[...site.terms.values()].map((t) => glossaryLetterId(t.data.term[0] ?? ''))]);
  add('/sources/', site.sources.keys());
  add('/changes/', site.changes.map((c) => c.id));
  for (const route of GENERATED_ROUTES) add(route, []);
  return anchors;
}

let cached: Site | undefined;

/** The validated site for the build. Throws ContentError listing every problem. */
export function getSite(): Site {
  if (cached) return cached;
  // CONTENT_DIR lets the scale benchmark build synthetic content; the default is content/.
  const { site, problems } = buildSite(path.resolve(process.env.CONTENT_DIR ?? 'content'));
  if (problems.length) throw new ContentError(problems, site.fileCount);
  cached = site;
  return site;
}

/** The ids the renderer gives a page's quotes, in the same reading order. */
function quoteIdsOf(quotes: { text: string }[]): string[] {
  const ids = new QuoteIds();
  return quotes.map((quote) => ids.next(quote.text));
}

/** A page the code needs (home, the list pages): its absence is a build error, not a 404. */
export function requirePage(id: string): { site: Site; page: PageEntry } {
  const site = getSite();
  const page = site.pages.get(id);
  if (!page) throw new Error(`content/pages/${id}.md is missing`);
  return { site, page };
}
