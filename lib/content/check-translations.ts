/**
 * Rules that tie the Spanish edition to the English one: every entry has a counterpart, the
 * counterparts publish the same anchors and cite the same sources, quotes stay in English with a
 * Spanish rendering, and Spanish pages use the Spanish glossary's terms. Translations older than
 * their English page are reported as stale, which is not an error.
 */
import type { BodyAnalysis } from '../markdown/analyze';
import { analyzeBody } from '../markdown/analyze';
import { parseMarkdown } from '../markdown/parse';
import type { ContentProblem } from './errors';
import type { Parsed, Site } from './model';
import type { Translations } from './spanish';

export interface StaleTranslation {
  file: string;
  englishFile: string;
  englishUpdated: string;
  englishVersion: string;
}

const FOLDERS = { pages: 'pages', documents: 'documents', statutes: 'statutes', events: 'timeline', terms: 'glossary', changes: 'changes' } as const;

export function checkTranslations(
  en: Site,
  es: Site,
  tr: Translations,
  /** Every English file name by folder, including invalid files (reported on their own). */
  englishNames: Record<string, Set<string>>,
): { problems: ContentProblem[]; stale: StaleTranslation[] } {
  const problems: ContentProblem[] = [];
  const stale: StaleTranslation[] = [];
  const report = (file: string, field: string, message: string, fix?: string, line?: number) =>
    problems.push({ file, field, message, ...(fix ? { fix } : {}), ...(line ? { line } : {}) });

  const englishIds: Record<keyof typeof FOLDERS, Map<string, string>> = {
    pages: fileMap(en.pages.values()),
    documents: fileMap(en.documents.values()),
    statutes: fileMap(en.statutes.values()),
    events: fileMap(en.events),
    terms: fileMap(en.terms.values()),
    changes: fileMap(en.changes),
  };
  for (const kind of Object.keys(FOLDERS) as (keyof typeof FOLDERS)[]) {
    const folder = FOLDERS[kind];
    for (const [id, englishFile] of englishIds[kind]) {
      if (!tr[kind].has(id)) {
        report(`content/es/${folder}/${id}.md`, 'file', `Missing Spanish counterpart of ${englishFile}`, `Translate it into content/es/${folder}/${id}.md (see CONTRIBUTING.md, "The Spanish edition")`);
      }
    }
    for (const [id, entry] of tr[kind]) {
      if (!englishIds[kind].has(id) && !englishNames[folder]?.has(id)) {
        report(entry.file, 'file', `No English counterpart content/${folder}/${id}.md`, 'A Spanish file translates the English file of the same name: rename it, or remove it');
      }
    }
  }

  const checkStale = (file: string, englishFile: string, englishVersion: string, englishUpdated: string) => {
    if (englishVersion > englishUpdated) {
      report(file, 'englishVersion', `englishVersion ${englishVersion} is later than the English page's updated ${englishUpdated}`, `Set it to "${englishUpdated}", the English version translated`);
    } else if (englishVersion < englishUpdated) {
      stale.push({ file, englishFile, englishUpdated, englishVersion });
    }
  };

  for (const [id, t] of tr.pages) {
    const english = en.pages.get(id);
    const spanish = es.pages.get(id);
    if (!english || !spanish) continue;
    checkStale(t.file, english.file, t.data.englishVersion, english.data.updated);
    // Letter headings of the glossary follow each language's alphabet: they are navigation, not content.
    const content = (ids?: Set<string>) => (ids ? new Set([...ids].filter((id) => !id.startsWith('letter-'))) : undefined);
    compareSets(t.file, 'body', 'anchor', content(en.anchors.get(english.route)), content(en.anchors.get(spanish.route)), `#`);
    const statusOf = (text?: string) => (text ? analyzeBody(parseMarkdown(text)) : undefined);
    compareSets(t.file, 'body', 'source reference', sourcesOf(english.analysis, statusOf(english.data.status?.text)), sourcesOf(t.analysis, statusOf(t.data.status?.text)), '@');
    if (english.data.status && !t.data.status) report(t.file, 'status', 'The English page has a "where this stands" note; this page has none', 'Add status: { text: "…" } in Spanish, with the same sources');
    if (!english.data.status && t.data.status) report(t.file, 'status', 'The English page has no status note', 'Remove status, or add it to the English page first');
    const figureIds = new Set(english.data.figures.map((f) => f.id));
    for (const figure of english.data.figures) {
      if (!t.data.figures.some((f) => f.id === figure.id)) report(t.file, 'figures', `No Spanish label for figure "${figure.id}"`, `Add { id: ${figure.id}, label: "…" } to figures`);
    }
    t.data.figures.forEach((f, i) => {
      if (!figureIds.has(f.id)) report(t.file, `figures.${i}.id`, `The English page has no figure "${f.id}"`, 'Use the ids of the English figures');
    });
    checkQuotes(t.file, english.analysis, t.analysis, t.bodyLine);
    checkTerms(t.file, t.analysis, t.bodyLine);
  }

  for (const [id, t] of tr.statutes) {
    const english = en.statutes.get(id);
    if (!english) continue;
    checkStale(t.file, english.file, t.data.englishVersion, english.data.updated);
    const englishAt = english.data.notes.map((n) => n.at).join(', ');
    const spanishAt = t.data.notes.map((n) => n.at).join(', ');
    if (englishAt !== spanishAt) report(t.file, 'notes', `Notes are at [${spanishAt}]; the English notes are at [${englishAt}]`, 'Give one Spanish note per English note, with the same `at`, in the same order');
    english.noteTrees.forEach((note, i) => {
      const spanishNote = t.noteTrees[i];
      if (!spanishNote) return;
      compareSets(t.file, `notes.${i}.text`, 'source reference', sourcesOf(note.analysis), sourcesOf(spanishNote.analysis), '@');
      checkQuotes(t.file, note.analysis, spanishNote.analysis, undefined, `notes.${i}.text`);
      checkTerms(t.file, spanishNote.analysis, undefined, `notes.${i}.text`);
    });
  }

  const simple = <T>(kind: 'documents' | 'events' | 'terms' | 'changes', english: Map<string, Parsed & { file: string; data: T }>) => {
    for (const [id, t] of tr[kind] as Map<string, Parsed & { file: string; bodyLine: number }>) {
      const source = english.get(id);
      if (!source) continue;
      compareSets(t.file, 'body', 'source reference', sourcesOf(source.analysis), sourcesOf(t.analysis), '@');
      checkQuotes(t.file, source.analysis, t.analysis, t.bodyLine);
      checkTerms(t.file, t.analysis, t.bodyLine);
      compareSets(t.file, 'body', 'heading id', new Set(source.analysis.headingIds.map((h) => h.id)), new Set(t.analysis.headingIds.map((h) => h.id)), '#');
    }
  };
  const englishEvents = new Map(en.events.map((e) => [e.id, e]));
  simple('documents', en.documents);
  simple('events', englishEvents);
  simple('terms', en.terms);
  simple('changes', new Map(en.changes.map((c) => [c.id, c])));

  for (const [id, t] of tr.events) {
    const english = englishEvents.get(id);
    if (english?.data.dateText && !t.data.dateText) report(t.file, 'dateText', `The English event gives its date as "${english.data.dateText}"`, 'Add dateText in Spanish ("mediados de febrero de 2025")');
    if (english && !english.data.dateText && t.data.dateText) report(t.file, 'dateText', 'The English event has an exact date', 'Remove dateText: the date is printed from the English date');
  }

  // English pages carry no Spanish renderings. (That each Spanish term and alias names one entry
  // is checked by checkSite on the Spanish edition, as for English.)
  for (const owner of [...en.pages.values(), ...en.events, ...en.terms.values()]) {
    for (const quote of owner.analysis.quotes) {
      if (quote.translation) report(owner.file, 'body', 'es="…" belongs on the Spanish page, not the English one', `Move the translation to content/es/…`, owner.bodyLine + quote.line - 1);
    }
  }
  return { problems, stale };

  function compareSets(file: string, field: string, what: string, english: Set<string> | undefined, spanish: Set<string> | undefined, mark: string) {
    if (!english || !spanish) return;
    const missing = [...english].filter((x) => !spanish.has(x));
    const extra = [...spanish].filter((x) => !english.has(x));
    if (missing.length) report(file, field, `Missing ${what}(s) of the English page: ${missing.map((x) => mark + x).join(', ')}`, what === 'anchor' || what === 'heading id' ? 'Keep every English id: ## Título {#same-id}; quotes keep their English words' : 'Keep every source reference of the English text');
    if (extra.length) report(file, field, `${what}(s) not on the English page: ${extra.map((x) => mark + x).join(', ')}`, 'The Spanish page may not add what the English page lacks: change both');
  }

  function checkQuotes(file: string, english: BodyAnalysis, spanish: BodyAnalysis, bodyLine?: number, field = 'body') {
    const at = (line: number) => (bodyLine === undefined ? undefined : bodyLine + line - 1);
    const englishTexts = english.quotes.map((q) => q.text.trim());
    for (const quote of spanish.quotes) {
      if (!quote.translation) report(file, field, `Quote without a Spanish rendering: "${shorten(quote.text)}"`, 'Keep the English words and add es="traducción" (shown as "traducción no oficial")', at(quote.line));
      if (!englishTexts.includes(quote.text.trim())) report(file, field, `Quote not on the English page: "${shorten(quote.text)}"`, 'Quotes stay in English, word for word as on the English page', at(quote.line));
    }
  }

  function checkTerms(file: string, analysis: BodyAnalysis, bodyLine?: number, field = 'body') {
    const at = (line: number) => (bodyLine === undefined ? undefined : bodyLine + line - 1);
    for (const use of analysis.terms) {
      const id = use.id ?? es.termIndex.get(use.text.toLowerCase());
      const entry = id ? tr.terms.get(id) : undefined;
      if (!id || !entry) continue; // unknown ids are reported by the general check
      const known = [entry.data.term, ...entry.data.aliases];
      if (!known.some((name) => termKey(name) === termKey(use.text))) {
        report(file, field, `"${use.text}" is not in the Spanish glossary entry "${id}" (${known.join(', ')})`, `Use the glossary's Spanish term, or add "${use.text}" to aliases in content/es/glossary/${id}.md`, at(use.line));
      }
    }
  }
}

/** Source ids a text cites: references and the reporters of its quotes. */
function sourcesOf(...analyses: (BodyAnalysis | undefined)[]): Set<string> {
  const ids = new Set<string>();
  for (const analysis of analyses) {
    if (!analysis) continue;
    for (const ref of analysis.sourceRefs) ids.add(ref.id);
    for (const quote of analysis.quotes) if (quote.by) ids.add(quote.by);
  }
  return ids;
}

/**
 * A name reduced for matching: lower case, no accents, each word in the singular
 * ("Medidas cautelares" and "medida cautelar" match; "órdenes" and "orden" match).
 */
export function termKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/\s+/)
    .map((word) => (/[lnrdzjy]es$/.test(word) && word.length > 4 ? word.slice(0, -2) : word.replace(/s$/, '')))
    .join(' ');
}

function fileMap(entries: Iterable<{ id: string; file: string }>): Map<string, string> {
  return new Map([...entries].map((e) => [e.id, e.file]));
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 50 ? `${clean.slice(0, 47)}…` : clean;
}
