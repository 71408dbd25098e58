/**
 * The whole site as data: every entry loaded, validated, parsed once, and indexed. `getSite()` is
 * what routes call; it throws a ContentError on any problem, so `next build` can never publish a
 * half-valid site.
 */
import path from 'node:path';
import { checkRegistry, readRegistry } from '../anchors/registry';
import { QuoteIds } from '../markdown/ids';
import { parseStatute } from '../statutes/parse';
import { checkSite } from './check';
import { ContentError, type ContentProblem } from './errors';
import { loadContent, type Entry } from './load';
import { type Locale, localizePath } from '../i18n/locale';
import { spanishEdition, type Translations } from './spanish';
import { checkTranslations, type StaleTranslation } from './check-translations';
import { lintContent } from './lint';
import { checkQuoteSpeakers, readQuoteSpeakers } from './quote-speakers';
import { GENERATED_ROUTES, glossaryLetterId, LAYOUT_IDS, PAGE_HISTORY_ID, pageRoute, statuteRoute, timelineYearId } from './routes';
import { embedItems } from '../embed/items';
import { parsed, type PageEntry, type Site } from './model';
import type { EventData } from './schema';

export type {
  ChangeEntry,
  DocumentEntry,
  EventEntry,
  PageEntry,
  Parsed,
  Site,
  SourceEntry,
  StatuteEntry,
  TermEntry,
  TranslationState,
} from './model';
export { parsed } from './model';

export interface BuiltSite {
  site: Site;
  /** The Spanish edition: the same entries with the words of content/es/. */
  spanish: Site;
  translations: Translations;
  problems: ContentProblem[];
  /** Spanish entries whose English counterpart changed after they were translated (reported, not failed). */
  stale: StaleTranslation[];
}

export function buildSite(contentRoot: string, displayRoot = process.cwd()): BuiltSite {
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

  const site: Site = { locale: 'en', pages, statutes, events, terms, sources, documents, changes, anchors: new Map(), termIndex, fileCount: loaded.fileCount };
  site.anchors = collectAnchors(site);
  const { spanish, translations } = spanishEdition(site, loaded.es);
  // One map of every route in both editions: links, the registry and the crawl see them all.
  for (const [route, ids] of collectAnchors(spanish)) site.anchors.set(route, ids);
  spanish.anchors = site.anchors;
  // Embed pages are published addresses too: articles frame them. Their ids are the sections'
  // fragment ids; the key numbers' (from the figure's words) are left to the embed code alone.
  for (const edition of [site, spanish])
    for (const item of embedItems(edition, site))
      if (item.kind !== 'number') site.anchors.set(item.path, new Set());
  const registryProblems: ContentProblem[] = [];
  const registry = readRegistry(contentRoot, registryProblems);
  site.aliases = registry.aliases;
  spanish.aliases = registry.aliases;
  registryProblems.push(...checkRegistry(site, registry.manifest, registry.aliases));
  const speakerProblems: ContentProblem[] = [];
  const quoteSpeakers = readQuoteSpeakers(contentRoot, speakerProblems);
  speakerProblems.push(...checkQuoteSpeakers(site, quoteSpeakers));
  site.quoteSpeakers = quoteSpeakers;
  spanish.quoteSpeakers = quoteSpeakers;
  const translationCheck = checkTranslations(site, spanish, translations, loaded.englishNames);
  return {
    site,
    spanish,
    translations,
    problems: unique([...loaded.problems, ...checkSite(site), ...checkSite(spanish), ...translationCheck.problems, ...lintContent(contentRoot, loaded, displayRoot), ...registryProblems, ...speakerProblems]),
    stale: translationCheck.stale,
  };
}

/** The Spanish view inherits the English frontmatter, so an English problem can be found twice. */
function unique(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.field, p.message, p.line]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
      PAGE_HISTORY_ID,
      ...page.analysis.headingIds.map((h) => h.id),
      ...quoteIdsOf(page.analysis.quotes),
      ...page.data.figures.map((f) => `figure-${f.id}`),
    ]);
  }
  const at = (route: string) => localizePath(route, site.locale);
  add(at('/law/'), [...site.statutes.keys()]);
  for (const statute of site.statutes.values()) {
    add(statute.route, [...statute.statute.provisions.map((p) => p.id), 'text', 'notes-on-provisions', 'about-this-text', PAGE_HISTORY_ID]);
  }
  add(at('/timeline/'), [...site.events.map((e) => e.id), ...site.events.map((e) => timelineYearId(e.data.date.slice(0, 4)))]);
  add(at('/glossary/'), [...site.terms.keys(), ...[...site.terms.values()].map((t) => glossaryLetterId(t.data.term[0] ?? ''))]);
  add(at('/sources/'), site.sources.keys());
  add(at('/changes/'), site.changes.map((c) => c.id));
  // Pages in each edition; files (feeds, each edition's under its own path, and data) once.
  for (const route of GENERATED_ROUTES) {
    if (route.endsWith('/')) add(at(route), []);
    else if (site.locale === 'en') add(route, []);
  }
  return anchors;
}

let cached: BuiltSite | undefined;

/** The validated site for the build, in one edition. Throws ContentError listing every problem. */
export function getSite(locale: Locale = 'en'): Site {
  if (!cached) {
    // CONTENT_DIR lets the scale benchmark build synthetic content; the default is content/.
    const built = buildSite(path.resolve(process.env.CONTENT_DIR ?? 'content'));
    if (built.problems.length) throw new ContentError(built.problems, built.site.fileCount);
    cached = built;
  }
  return locale === 'es' ? cached.spanish : cached.site;
}

/** The ids the renderer gives a page's quotes, in the same reading order. */
function quoteIdsOf(quotes: { text: string }[]): string[] {
  const ids = new QuoteIds();
  return quotes.map((quote) => ids.next(quote.text));
}

/** A page the code needs (home, the list pages): its absence is a build error, not a 404. */
export function requirePage(id: string, locale: Locale = 'en'): { site: Site; page: PageEntry } {
  const site = getSite(locale);
  const page = site.pages.get(id);
  if (!page) throw new Error(`content/${locale === 'es' ? 'es/' : ''}pages/${id}.md is missing`);
  return { site, page };
}
