/**
 * The site as data: the shape of every parsed entry and of an edition. Kept apart from site.ts (which
 * builds and caches it) so the check and the Spanish edition can use the model without importing
 * the builder that calls them.
 */
import type { Root } from 'mdast';
import type { AnchorAliases } from '../anchors/aliases';
import type { Locale } from '../i18n/locale';
import { analyzeBody, type BodyAnalysis } from '../markdown/analyze';
import { parseMarkdown } from '../markdown/parse';
import type { ParsedStatute } from '../statutes/parse';
import type { Entry } from './load';
import type { QuoteSpeaker } from './quote-speakers';
import type { ChangeData, DocumentData, EventData, PageData, SourceData, StatuteData, TermData } from './schema';

export interface Parsed {
  tree: Root;
  analysis: BodyAnalysis;
}

/** On a Spanish entry: which English version it translates, and when the English last changed. */
export interface TranslationState {
  englishVersion: string;
  englishUpdated: string;
}

export type PageEntry = Entry<PageData> & Parsed & { route: string; translation?: TranslationState };
export type StatuteEntry = Entry<StatuteData> & { statute: ParsedStatute; route: string; noteTrees: Parsed[]; translation?: TranslationState };
export type EventEntry = Entry<EventData> & Parsed;
/** `english` is the English term, on a Spanish entry. */
export type TermEntry = Entry<TermData> & Parsed & { english?: string };
export type SourceEntry = Entry<SourceData>;
/** `englishTitle` is the official title, on a Spanish entry. */
export type DocumentEntry = Entry<DocumentData> & Parsed & { englishTitle?: string };
export type ChangeEntry = Entry<ChangeData> & Parsed;

export interface Site {
  /** Which edition this is. Both editions share sources, anchors and aliases. */
  locale: Locale;
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
  /** Who said the words of reported quotations, by quotation id (content/quote-speakers.yaml). */
  quoteSpeakers?: Map<string, QuoteSpeaker>;
  /** Lower-cased term and alias → term id. */
  termIndex: Map<string, string>;
  fileCount: number;
}

export function parsed(body: string): Parsed {
  const tree = parseMarkdown(body);
  return { tree, analysis: analyzeBody(tree) };
}
