/**
 * Rules that span files, which no single schema can see: every reference resolves, every quote of
 * a text we hold is verbatim, every link and fragment exists, ids are unique, facts are sourced.
 */
import { analyzeBody, type BodyAnalysis } from '../markdown/analyze';
import { parseMarkdown } from '../markdown/parse';
import { normalizeForQuote } from '../statutes/parse';
import { closest, type ContentProblem } from './errors';
import { answerSources, questionSections, sectionLinks } from './questions';
import { GENERATED_ROUTES, LIST_PAGES } from './routes';
import type { EventEntry, PageEntry, Site } from './model';

interface BodyOwner {
  file: string;
  bodyLine: number;
  analysis: BodyAnalysis;
  /** Whether paragraphs that state facts must cite a source. */
  sourced: boolean;
  /** Route of the page the body renders on (for same-page `#fragment` links). */
  route: string;
  /** Field name for problems ("body", or "notes.2.text" for text held in frontmatter). */
  field?: string;
}

export function checkSite(site: Site): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string, fix?: string, line?: number) =>
    problems.push({ file, field, message, ...(fix ? { fix } : {}), ...(line ? { line } : {}) });

  const requireSource = (file: string, field: string, id: string, line?: number) => {
    if (site.sources.has(id)) return;
    const guess = closest(id, site.sources.keys());
    report(file, field, `Unknown source id "${id}"`, guess ? `Did you mean "${guess}"? Source ids are file names in content/sources/` : `Add content/sources/${id}.md, or fix the id`, line);
  };

  // Frontmatter references -----------------------------------------------------------------
  for (const page of site.pages.values()) {
    page.data.sources.forEach((id, i) => requireSource(page.file, `sources.${i}`, id));
    page.data.documents.forEach((id, i) => {
      if (!site.documents.has(id)) report(page.file, `documents.${i}`, `Unknown document "${id}"`, 'Document ids are file names in content/documents/');
    });
    page.data.figures.forEach((figure, i) => requireSource(page.file, `figures.${i}.source`, figure.source));
    if (page.data.figures.length && !page.analysis.leafDirectives.some((d) => d.name === 'counts-chart')) {
      report(page.file, 'figures', 'Figures are listed but the body has no ::counts-chart to show them', 'Add a line "::counts-chart" where the chart belongs');
    }
  }
  // Notes and dates are the English file's; checking the Spanish view too would say it twice.
  if (site.locale === 'en') for (const page of site.pages.values()) checkStatusCurrency(page);
  for (const page of site.pages.values()) if (page.data.layout === 'questions') checkQuestions(page);
  for (const page of site.pages.values()) {
    if ((GENERATED_ROUTES as readonly string[]).includes(page.route)) {
      report(page.file, 'file', `The site already builds ${page.route}: this page would replace it`, 'Rename the file');
    }
  }
  const termNames = new Map<string, string>();
  for (const term of site.terms.values()) {
    for (const name of [term.data.term, ...term.data.aliases]) {
      const key = name.toLowerCase();
      const other = termNames.get(key);
      if (other && other !== term.id) report(term.file, 'term', `"${name}" is already a term or alias of "${other}"`, 'Each name may point to one glossary entry: merge the entries or drop the alias');
      else termNames.set(key, term.id);
    }
  }
  // A list page's generated entries (statutes, events, terms, sources) own their ids.
  const generatedIds: Record<string, Iterable<string>> = { law: site.statutes.keys(), timeline: site.events.map((e) => e.id), glossary: site.terms.keys(), sources: site.sources.keys() };
  for (const [pageId, ids] of Object.entries(generatedIds)) {
    const page = site.pages.get(pageId);
    if (!page) continue;
    const taken = new Set(ids);
    for (const heading of page.analysis.headingIds) {
      if (taken.has(heading.id)) report(page.file, 'body', `Heading id "${heading.id}" is already the id of an entry listed on ${page.route}`, 'Give the heading another explicit id: ## Heading {#other-id}', page.bodyLine + heading.line - 1);
    }
  }
  for (const id of LIST_PAGES) {
    if (!site.pages.has(id)) report(`content/pages/${id}.md`, 'file', `Missing page "${id}": the /${id}/ list needs its introduction`, `Create content/pages/${id}.md`);
  }
  for (const statute of site.statutes.values()) {
    statute.data.sources.forEach((id, i) => requireSource(statute.file, `sources.${i}`, id));
    const ids = new Set(statute.statute.provisions.map((p) => p.id));
    statute.data.notes.forEach((note, i) => {
      if (!ids.has(note.at)) report(statute.file, `notes.${i}.at`, `No subsection "${note.at}" in this text`, closestHint(note.at, ids));
    });
    const seen = new Set<string>();
    for (const provision of statute.statute.provisions) {
      if (seen.has(provision.id)) report(statute.file, 'body', `Duplicate subsection id "${provision.id}"`, 'Each designation may appear once at each level');
      seen.add(provision.id);
    }
  }
  for (const event of site.events) {
    event.data.sources.forEach((id, i) => requireSource(event.file, `sources.${i}`, id));
    const datePrefix = event.data.date;
    if (!event.id.startsWith(datePrefix)) {
      report(event.file, 'date', `File name does not start with the event date "${datePrefix}"`, `Rename the file to ${datePrefix}-<slug>.md (before it is published)`);
    }
  }
  for (const term of site.terms.values()) {
    term.data.sources.forEach((id, i) => requireSource(term.file, `sources.${i}`, id));
    term.data.related.forEach((id, i) => {
      if (!site.terms.has(id)) report(term.file, `related.${i}`, `Unknown glossary term "${id}"`, closestHint(id, site.terms.keys()));
    });
    if (term.data.statute) checkStatuteRef(term.data.statute, term.file, 'statute');
  }
  for (const doc of site.documents.values()) doc.data.sources.forEach((id, i) => requireSource(doc.file, `sources.${i}`, id));

  const byUrl = new Map<string, string>();
  for (const source of site.sources.values()) {
    const other = byUrl.get(source.data.url);
    if (other) report(source.file, 'url', `Same URL as source "${other}"`, `Keep one file per URL: cite "${other}" instead and delete this file`);
    else byUrl.set(source.data.url, source.id);
  }

  const termKeys = [...site.termIndex.keys()];
  for (const owner of bodyOwners(site)) checkBody(owner);
  return problems;

  /** A "where this stands" note may not be older than the newest event in what it covers. */
  function checkStatusCurrency(page: PageEntry): void {
    const status = page.data.status;
    if (!status) return;
    const { threads, tags } = status.covers;
    tags.forEach((tag, i) => {
      if (!site.events.some((e) => e.data.tags.includes(tag))) {
        report(page.file, `status.covers.tags.${i}`, `No timeline event has the tag "${tag}"`, closestHint(tag, new Set(site.events.flatMap((e) => e.data.tags))) ?? 'Use a tag that events in content/timeline/ carry');
      }
    });
    const covered = site.events.filter((e) => threads.includes(e.data.thread) || e.data.tags.some((t) => tags.includes(t)));
    const newest = covered.reduce<EventEntry | undefined>((latest, e) => (!latest || earliestDay(e) > earliestDay(latest) ? e : latest), undefined);
    if (newest && earliestDay(newest) > status.asOf) {
      report(
        page.file,
        'status.asOf',
        `The "where this stands" note on ${page.route} is dated ${status.asOf}, but the timeline has a newer event it covers: ${newest.data.date} "${newest.data.title}" (${newest.file})`,
        `Rewrite status.text from the fact base and set status.asOf to the date of its latest source (add a change entry; kind: correction if a published fact was wrong), or narrow status.covers if the event is outside what the note speaks for`,
      );
    }
  }

  /** Questions pages: each question a stable id, each answer sourced and linked to its full section. */
  function checkQuestions(page: PageEntry): void {
    const lines = page.body.split('\n');
    const sections = questionSections(page.tree);
    if (!sections.length) report(page.file, 'body', 'A questions page has no questions', 'Write each question as a "## Question? {#id}" heading with its answer below');
    for (const section of sections) {
      const line = section.heading.position?.start.line ?? 0;
      const at = page.bodyLine + line - 1;
      if (!/\{#[A-Za-z0-9_-]+\}\s*$/.test(lines[line - 1] ?? '')) {
        report(page.file, 'body', `Question "${shorten(section.question)}" has no explicit id`, 'Give it a stable id: ## Question? {#short-id} (ids are public links)', at);
      }
      if (!answerSources(section).length) {
        report(page.file, 'body', `The answer to "${shorten(section.question)}" cites no source`, 'Add [@source-id] after each claim in the answer', at);
      }
      if (!sectionLinks(section).length) {
        report(page.file, 'body', `The answer to "${shorten(section.question)}" links to no section that explains it in full`, 'Add a link such as [the holding](/ruling/#holding)', at);
      }
    }
  }

  function checkStatuteRef(ref: string, file: string, field: string, line?: number): string | undefined {
    const [slug, fragment] = ref.split('#') as [string, string | undefined];
    const statute = site.statutes.get(slug);
    if (!statute) {
      report(file, field, `Unknown statute "${slug}"`, closestHint(slug, site.statutes.keys()) ?? 'Statute slugs are file names in content/statutes/', line);
      return undefined;
    }
    if (!fragment) return statute.statute.text;
    const provision = statute.statute.provisions.find((p) => p.id === fragment);
    if (!provision) {
      report(file, field, `No subsection "${fragment}" in ${statute.data.citation}`, closestHint(fragment, statute.statute.provisions.map((p) => p.id)), line);
      return undefined;
    }
    return provision.text;
  }

  function checkBody(owner: BodyOwner): void {
    const { analysis, file } = owner;
    const field = owner.field ?? 'body';
    const at = (line: number) => (owner.field ? undefined : owner.bodyLine + line - 1);

    for (const ref of analysis.sourceRefs) requireSource(file, field, ref.id, at(ref.line));

    const seenIds = new Map<string, number>();
    for (const heading of analysis.headingIds) {
      const first = seenIds.get(heading.id);
      if (first !== undefined) {
        report(file, field, `Duplicate heading id "${heading.id}" (first used on line ${at(first) ?? first})`, 'Give one of the headings an explicit id: ## Heading {#other-id}', at(heading.line));
      } else seenIds.set(heading.id, heading.line);
    }

    for (const term of analysis.terms) {
      const id = term.id ?? site.termIndex.get(term.text.toLowerCase()) ?? site.termIndex.get(term.text.toLowerCase().replace(/s$/, ''));
      if (!id || !site.terms.has(id)) {
        const guess = term.id ? closest(term.id, site.terms.keys()) : closest(term.text.toLowerCase(), termKeys);
        report(file, field, `Unknown glossary term "${term.id ?? term.text}"`, guess ? `Did you mean "${guess}"? Or add it to content/glossary/` : 'Add it to content/glossary/, or give {id=term-id}', at(term.line));
      }
    }

    for (const quote of analysis.quotes) {
      if (quote.cite && quote.by) {
        report(file, field, 'A quote has both cite= and by=', 'Use cite= for texts this site holds, by= for quotes reported by a source', at(quote.line));
      } else if (quote.cite) {
        const text = checkStatuteRef(quote.cite, file, field, at(quote.line));
        if (text !== undefined && !normalizeForQuote(text).includes(normalizeForQuote(quote.text))) {
          report(file, field, `Quote not found verbatim in ${quote.cite}: "${shorten(quote.text)}"`, 'Copy the words exactly from the statute text (content/statutes/), or fix the subsection in cite=', at(quote.line));
        }
      } else if (quote.by) {
        requireSource(file, field, quote.by, at(quote.line));
      } else {
        report(file, field, `Quote without attribution: "${shorten(quote.text)}"`, 'Add cite="statute#subsection" for a text we hold, or by="source-id" for who reported it', at(quote.line));
      }
    }

    for (const link of analysis.links) checkLink(link.url, owner, field, at(link.line));

    for (const html of analysis.rawHtml) {
      report(file, field, `Raw HTML is not allowed: ${shorten(html.value.trim())}`, 'Use Markdown; for a quote use :::quote, for a note :::editorial', at(html.line));
    }
    for (const directive of analysis.unknownDirectives) {
      report(file, field, `Unknown directive "${directive.kind === 'leaf' ? '::' : ':::'}${directive.name}"`, 'Known: ::timeline, ::request-flow, ::counts-chart, :::quote, :::editorial', at(directive.line));
    }
    for (const embed of analysis.timelineEmbeds) {
      const tags = embed.tags;
      if (tags.length && !site.events.some((e) => e.data.tags.some((t) => tags.includes(t)))) {
        report(file, field, `No timeline event has the tag(s) ${tags.join(', ')}`, 'Tag events in content/timeline/ or fix the tags', at(embed.line));
      }
    }
    if (owner.sourced) {
      for (const claim of analysis.unsourced) {
        report(file, field, `Factual text without a source: "${claim.excerpt}"`, 'Add [@source-id] after the claim, or wrap text that states no fact in :::editorial', at(claim.line));
      }
    }
  }

  function checkLink(url: string, owner: BodyOwner, field: string, line: number | undefined): void {
    if (/^https?:\/\//.test(url) || url.startsWith('mailto:')) return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      report(owner.file, field, `Link uses a disallowed scheme: ${url}`, 'Links are https://, mailto: or site paths like /ruling/', line);
      return;
    }
    const [pathPart, fragment] = url.split('#') as [string, string | undefined];
    const route = pathPart === '' ? owner.route : pathPart;
    if (!route.startsWith('/')) {
      report(owner.file, field, `Relative link "${url}"`, 'Write site links from the root: /ruling/, /law/26-usc-6103/#i_2', line);
      return;
    }
    const anchors = site.anchors.get(route) ?? site.anchors.get(route.endsWith('/') ? route : `${route}/`);
    if (!anchors) {
      report(owner.file, field, `Link to a page that does not exist: ${url}`, closestHint(route, site.anchors.keys()) ?? 'Check the path (site paths end with /)', line);
      return;
    }
    if (!route.endsWith('/') && !/\.[a-z]+$/.test(route)) {
      report(owner.file, field, `Link "${url}" lacks the trailing slash`, `Write ${route}/${fragment ? `#${fragment}` : ''}`, line);
    }
    if (fragment && !anchors.has(decodeURIComponent(fragment))) {
      report(owner.file, field, `Dangling anchor: ${url} (no element with id "${fragment}" on ${route})`, closestHint(fragment, anchors) ?? 'Link to an id that exists on that page', line);
    }
  }
}

function* bodyOwners(site: Site): Generator<BodyOwner> {
  for (const page of site.pages.values()) {
    yield { file: page.file, bodyLine: page.bodyLine, analysis: page.analysis, sourced: page.data.sourcing === 'required', route: page.route };
    if (page.data.status) {
      const analysis = analyzeBody(parseMarkdown(page.data.status.text));
      yield { file: page.file, bodyLine: page.bodyLine, analysis, sourced: true, route: page.route, field: 'status.text' };
    }
  }
  for (const event of site.events) yield { file: event.file, bodyLine: event.bodyLine, analysis: event.analysis, sourced: false, route: '/timeline/' };
  for (const term of site.terms.values()) yield { file: term.file, bodyLine: term.bodyLine, analysis: term.analysis, sourced: false, route: '/glossary/' };
  for (const doc of site.documents.values()) yield { file: doc.file, bodyLine: doc.bodyLine, analysis: doc.analysis, sourced: false, route: '/' };
  for (const change of site.changes) yield { file: change.file, bodyLine: change.bodyLine, analysis: change.analysis, sourced: false, route: '/changes/' };
  for (const statute of site.statutes.values()) {
    for (const [i, note] of statute.noteTrees.entries()) {
      yield { file: statute.file, bodyLine: statute.bodyLine, analysis: note.analysis, sourced: true, route: statute.route, field: `notes.${i}.text` };
    }
  }
}

/** The first day an event's date can mean: "2026-01" is no later than any day in January 2026. */
function earliestDay(event: EventEntry): string {
  const date = event.data.date;
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function closestHint(value: string, candidates: Iterable<string>): string | undefined {
  const guess = closest(value, candidates);
  return guess ? `Did you mean "${guess}"?` : undefined;
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 50 ? `${clean.slice(0, 47)}…` : clean;
}
