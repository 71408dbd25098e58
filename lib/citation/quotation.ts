/**
 * "Copy as quotation": each style's citation templates for a page (lib/citation/quote-format.ts
 * describes the slots). Reference-list entries (APA 7, MLA 9) and Chicago's "Quoted in" entry come
 * from citation-js, as the Cite panel's do; the pinpoints, in-text citations and notes around them
 * are written here, since a CSL locator is a number with a label and cannot carry a section
 * heading, and the paragraph number is only known in the reader's browser. Rules followed (README
 * "Cite it"):
 * - Bluebook (rule 18, internet sources; rule 3.3 paragraphs; rule 12 statutes): our prose
 *   *Title*, Site, “Heading” ¶ n (last updated …), URL; a statute 26 U.S.C. § 6103(i)(2)(A), with
 *   its official deep link; reported words (as quoted in …).
 * - APA 7 (8.28: heading and paragraph for works without pages; 8.6 secondary sources; 11.5
 *   statutes): (Site, year, Heading section, para. n) and the reference; (as cited in Outlet, year).
 * - MLA 9 (unnumbered paragraphs are not counted; a section is named; legal sources in their
 *   legal form): (“Title,” sec. “Heading”); (qtd. in Outlet); a statute in the U.S. Code.
 * - Chicago 17 notes (14.160 locators "under" a heading and "par."; 14.260 "Quoted in"; 14.293
 *   statutes).
 */
import type { CSL } from '@citation-js/core';
import { formatDate } from '../dates';
import type { Site } from '../content/site';
import type { Locale } from '../i18n/locale';
import { ui } from '../i18n/ui';
import { SITE_NAME } from '../site-config';
import { bluebookCase, bluebookDate, bluebookTitle } from './bluebook';
import { formatCsl, type CslLang } from './csl';
import { TARGET_SLOT, toTemplate, type CitationPart } from './parts';
import { escapeHtml, type QuoteData, type QuoteStyle, type QuoteTemplate } from './quote-format';
import { cslRecord, styleRecord, STYLE_ORDER } from './records';
import type { CitationSubject } from './subjects';
import type { QuoteSpeaker } from '../content/quote-speakers';

/** A source whose reported words a page quotes. */
export interface QuotedSource {
  id: string;
  title: string;
  /** The title is our description of an untitled source: shown in brackets, never as its title. */
  titleIsOurs: boolean;
  publisher: string;
  /** Where a republished copy was read ("republished by WBHM"): the URL is that copy's. */
  via?: string;
  url: string;
  /** YYYY-MM-DD or YYYY-MM, when known. */
  date?: string;
}

/**
 * Who originally said words an outlet reported, as the fact base identifies them
 * (content/quote-speakers.yaml): a court decision (its case citation), another document we
 * describe (the MOU: issuer, title, date), or a person or body with their role.
 */
export type QuotedSpeaker =
  | { kind: 'case'; name: string; docket: string; court: string; date: string }
  | { kind: 'document'; issuer: string; title: string; date: string }
  | { kind: 'person'; person: string; role?: string };

/** Reported words with a known speaker: the template key the page's quotations point to. */
export interface CreditedQuotation {
  key: string;
  source: QuotedSource;
  speaker: QuotedSpeaker;
}

const WORDS = {
  en: {
    sectionLoc: { bluebook: '“{h}”', apa: '{h} section', chicago: 'under “{h}”' },
    open: '“',
    close: '”',
    csl: 'en-US' as CslLang,
    apaLoc: '{h} section, para. {n}',
    apaTop: 'para. {n}',
    chicagoLoc: 'under “{h},” par. {n}',
    chicagoTop: 'par. {n}',
    lastModified: 'last modified',
    asQuotedIn: 'as quoted in',
    asCitedIn: 'as cited in',
    qtdIn: 'qtd. in',
    quotedIn: 'Quoted in',
    quotedInMid: 'quoted in',
    noDate: 'n.d.',
  },
  es: {
    sectionLoc: { bluebook: '«{h}»', apa: 'sección {h}', chicago: 'en «{h}»' },
    open: '«',
    close: '»',
    csl: 'es-ES' as CslLang,
    apaLoc: 'sección {h}, párr. {n}',
    apaTop: 'párr. {n}',
    chicagoLoc: 'en «{h}», párr. {n}',
    chicagoTop: 'párr. {n}',
    lastModified: 'última modificación:',
    asQuotedIn: 'citado en',
    asCitedIn: 'como se citó en',
    qtdIn: 'cit. en',
    quotedIn: 'Citado en',
    quotedInMid: 'citado en',
    noDate: 's. f.',
  },
} as const;

/** Bluebook dates as the source gives them: a day, or a month (`May 2025`). */
function bluebookSourceDate(date: string): string {
  if (/^\d{4}-\d{2}$/.test(date)) return bluebookDate(`${date}-01`).replace(/ 1,/, '');
  return bluebookDate(date);
}

/** A URL, or a slot that holds one, in citation text (without the punctuation that ends a sentence). */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]*[^\s<>".,;)]|\{(?:u|o|link)\}/g;

/**
 * A citation's runs as the clipboard's two flavours, with the link to the words as a last line.
 * HTML: the quotation line as a <blockquote> paragraph, each further line a paragraph, italics
 * kept and every URL a real link, so Google Docs, Word and CMS editors keep them on paste.
 */
export function toQuoteTemplate(parts: CitationPart[]): QuoteTemplate {
  const all = [...parts, { text: '\n{link}' }];
  const lines: string[] = [''];
  for (const part of all) {
    part.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push('');
      // Escaped first: an `&` in a URL is `&amp;` in the text and in the href alike.
      const html = escapeHtml(piece).replace(URL_IN_TEXT, (url) => `<a href="${url}">${url}</a>`);
      lines[lines.length - 1] += piece && part.italic ? `<i>${html}</i>` : html;
    });
  }
  const [first, ...rest] = lines;
  return [
    all.map((part) => part.text).join(''),
    [`<blockquote><p>${first}</p></blockquote>`, ...rest.map((line) => `<p>${line}</p>`)].join(''),
  ];
}

/** The outlet, and the republished copy read when the URL is that copy's. */
const outlet = (source: QuotedSource) =>
  source.via ? `${source.publisher} (${source.via})` : source.publisher;

/** A source's entry in a CSL style, our bracketed description first where it has no title. */
function sourceEntry(source: QuotedSource, style: 'apa' | 'mla' | 'chicago', lang: CslLang) {
  const formatted = formatCsl(sourceRecord(source, style), style, lang);
  const parts = (lang === 'es-ES' && style === 'apa' ? spanishApaDate(formatted) : formatted).map(
    // Undated, citation-js's APA says "Retrieved <URL>": APA gives the URL alone. The styles
    // title-case an English container; where a copy was read stays as the fact base words it.
    (part) => ({
      ...part,
      text: part.text
        .replace(/(Retrieved|Recuperado) (?=https?:)/, '')
        .replace(
          source.via ? new RegExp(source.via.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') : /^\b$/,
          source.via ?? '',
        ),
    }),
  );
  return source.titleIsOurs && style !== 'apa'
    ? [{ text: `[${typographic(source.title)}]. ` }, ...parts]
    : parts;
}

const slot = (parts: CitationPart[], from: string, to: string): CitationPart[] =>
  parts.map((part) => ({ ...part, text: part.text.split(from).join(to) }));

/**
 * citation-js's Spanish APA dates read "(2026, diciembre 4)"; APA's Spanish edition writes
 * "(2026, 4 de diciembre)".
 */
const spanishApaDate = (parts: CitationPart[]): CitationPart[] =>
  parts.map((part) => ({
    ...part,
    text: part.text.replace(/\((\d{4}), (\p{Ll}+) (\d{1,2})\)/u, '($1, $3 de $2)'),
  }));

/** A CSL-formatted entry of our page, its URL made the section's (`{u}`). */
function pageEntry(subject: CitationSubject, style: 'apa' | 'mla', lang: CslLang): CitationPart[] {
  const record = styleRecord(cslRecord(subject), style, subject.updated);
  const parts = formatCsl(record, style, lang);
  return slot(
    toTemplate(lang === 'es-ES' && style === 'apa' ? spanishApaDate(parts) : parts, subject.url),
    TARGET_SLOT,
    '{u}',
  );
}

/**
 * A source as CSL. When its title is our description of an untitled source, APA takes it in
 * square brackets (APA 7 9.21); MLA and Chicago get no title from CSL (which would set it as a
 * title in quotation marks) and the bracketed description before the entry instead (see below).
 */
function sourceRecord(source: QuotedSource, style: 'apa' | 'mla' | 'chicago'): CSL {
  const [y, m, d] = (source.date ?? '').split('-').map(Number);
  const title = source.titleIsOurs
    ? style === 'apa'
      ? `[${source.title}]`
      : undefined
    : source.title;
  return {
    id: source.id,
    type: 'webpage',
    ...(title ? { title } : {}),
    'container-title': outlet(source),
    URL: source.url,
    ...(y ? { issued: { 'date-parts': [[y, ...(m ? [m] : []), ...(d ? [d] : [])]] } } : {}),
  } as CSL;
}

/** A source's title as a citation shows it: its own in italics, our description in brackets. */
const sourceTitle = (source: QuotedSource): CitationPart =>
  source.titleIsOurs
    ? { text: `[${typographic(source.title)}]` }
    : { text: typographic(source.title), italic: true };

/** Typographic apostrophes, as the CSL output has them. */
function typographic(text: string): string {
  return text.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2');
}

/**
 * A speaker as a full citation names them (Bluebook, Chicago notes): a decision in its rule 10
 * form (Chicago 14.276 follows it), a document by issuer, title and date, a person with their
 * role. Never a page: we hold neither the opinions nor the MOU.
 */
function speakerCitation(
  speaker: QuotedSpeaker,
  style: 'bluebook' | 'chicago',
  locale: Locale,
): CitationPart[] {
  if (speaker.kind === 'case') return bluebookCase(speaker);
  if (speaker.kind === 'document') {
    const date =
      style === 'bluebook'
        ? ` (${bluebookDate(speaker.date)})`
        : `, ${formatDate(speaker.date, locale)}`;
    return [{ text: `${speaker.issuer}, ` }, { text: speaker.title, italic: true }, { text: date }];
  }
  return [{ text: speaker.role ? `${speaker.person}, ${speaker.role}` : speaker.person }];
}

/**
 * A speaker inside an in-text citation (APA 8.6 "(Original, year, as cited in …)", MLA "qtd. in"):
 * a decision by its case name, a document by its title, both italic; a person by name.
 */
function speakerInText(speaker: QuotedSpeaker, withYear: boolean): CitationPart[] {
  if (speaker.kind === 'person') return [{ text: speaker.person }];
  const name = speaker.kind === 'case' ? speaker.name : speaker.title;
  return [
    { text: name, italic: true },
    ...(withYear ? [{ text: `, ${speaker.date.slice(0, 4)}` }] : []),
  ];
}

export function quoteStyles(
  subject: CitationSubject,
  locale: Locale,
  sources: QuotedSource[],
  credited: CreditedQuotation[] = [],
): QuoteStyle[] {
  const w = WORDS[locale];
  const site = SITE_NAME;
  const year = subject.updated.slice(0, 4);
  // MLA and Chicago set an English title in headline style (as the Bluebook does); Spanish keeps
  // sentence case. Apostrophes are typographic, as in the CSL output.
  const heading = locale === 'en' ? bluebookTitle(subject.title) : typographic(subject.title);
  const title =
    locale === 'en' ? `${w.open}${heading},${w.close}` : `${w.open}${heading}${w.close},`;
  const chicagoDate =
    subject.updated === subject.published
      ? formatDate(subject.updated, locale)
      : `${w.lastModified} ${formatDate(subject.updated, locale)}`;
  // By source id the outlet alone; by a credited key the speaker first, then "as quoted in" it.
  const reported = (make: (source: QuotedSource, speaker?: QuotedSpeaker) => CitationPart[]) =>
    Object.fromEntries([
      ...sources.map((source) => [source.id, toQuoteTemplate(make(source))]),
      ...credited.map((c) => [c.key, toQuoteTemplate(make(c.source, c.speaker))]),
    ]);
  const t = toQuoteTemplate;
  const sourceYear = (source: QuotedSource) => source.date?.slice(0, 4) ?? w.noDate;

  return STYLE_ORDER.map((key): QuoteStyle => {
    if (key === 'bluebook')
      return {
        key,
        prose: t([
          { text: '{Q} ' },
          { text: bluebookTitle(subject.title, locale), italic: true },
          { text: `, ${site}, {loc} (last updated ${bluebookDate(subject.updated)}), {u}` },
        ]),
        loc: `${w.open}{h}${w.close} ¶ {n}`,
        top: '¶ {n}',
        statute: t([{ text: '{Q} {c}, {o}' }]),
        reported: reported((source, speaker) => [
          // Rule 1.6(b) "quoted in" after the original; alone, the outlet in an explanatory parenthetical.
          ...(speaker
            ? [
                { text: '{Q} ' },
                ...speakerCitation(speaker, 'bluebook', locale),
                { text: `, ${w.asQuotedIn} ` },
              ]
            : [{ text: `{Q} (${w.asQuotedIn} ` }]),
          sourceTitle(source),
          {
            text: `, ${outlet(source)}${source.date ? ` (${bluebookSourceDate(source.date)})` : ''}, ${source.url}${speaker ? '' : ')'}`,
          },
        ]),
      };
    if (key === 'apa')
      return {
        key,
        prose: t([
          { text: `{Q} (${site}, ${year}, {loc})\n` },
          ...pageEntry(subject, 'apa', w.csl),
        ]),
        loc: w.apaLoc,
        top: w.apaTop,
        statute: t([{ text: '{Q} ({c})\n{c}. {o}' }]),
        reported: reported((source, speaker) => [
          { text: '{Q} (' },
          ...(speaker ? [...speakerInText(speaker, true), { text: ', ' }] : []),
          { text: `${w.asCitedIn} ${source.publisher}, ${sourceYear(source)})\n` },
          ...sourceEntry(source, 'apa', w.csl),
        ]),
      };
    if (key === 'mla')
      return {
        key,
        prose: t([{ text: '{Q} ({loc})\n' }, ...pageEntry(subject, 'mla', w.csl)]),
        loc: `${w.open}${heading}${locale === 'en' ? `,${w.close}` : `${w.close},`} sec. ${w.open}{h}${w.close}`,
        top: `${w.open}${heading}${w.close}`,
        statute: t([
          { text: '{Q} ({c})\n{c}. ' },
          { text: 'United States Code', italic: true },
          { text: ', Office of the Law Revision Counsel, {o}' },
        ]),
        reported: reported((source, speaker) => [
          { text: '{Q} (' },
          ...(speaker ? [...speakerInText(speaker, false), { text: ', ' }] : []),
          { text: `${w.qtdIn} ${source.publisher})\n` },
          ...sourceEntry(source, 'mla', w.csl),
        ]),
      };
    return {
      key,
      prose: t([{ text: `{Q}\n${site}, ${title} {loc}, ${chicagoDate}, {u}.` }]),
      loc: w.chicagoLoc,
      top: w.chicagoTop,
      statute: t([{ text: '{Q}\n{c}, {o}.' }]),
      reported: reported((source, speaker) => [
        ...(speaker
          ? [
              { text: '{Q}\n' },
              ...speakerCitation(speaker, 'chicago', locale),
              { text: `, ${w.quotedInMid} ` },
            ]
          : [{ text: `{Q}\n${w.quotedIn} ` }]),
        ...sourceEntry(source, 'chicago', w.csl),
      ]),
    };
  });
}

/** What a page's render learned of its reported quotations (NoteNumbers in lib/markdown/render). */
export interface QuotedOnPage {
  /** Sources whose reported words the page quotes. */
  quotedSources: Iterable<string>;
  /** Quotations whose speaker content/quote-speakers.yaml names, by rendered id. */
  quoteSpeakers: ReadonlyMap<string, { by: string; speaker: QuoteSpeaker }>;
}

/**
 * A speaker entry as citations need it, in the page's edition: a document's official (English)
 * title and its case parts; a person's name and role in the edition's words.
 */
function resolveSpeaker(site: Site, entry: QuoteSpeaker): QuotedSpeaker | undefined {
  if ('document' in entry) {
    const doc = site.documents.get(entry.document);
    if (!doc) return undefined;
    if (doc.data.case) return { kind: 'case', ...doc.data.case, date: doc.data.date };
    const title = doc.englishTitle ?? doc.data.title;
    return { kind: 'document', issuer: doc.data.issuer, title, date: doc.data.date };
  }
  const es = site.locale === 'es' ? entry.es : undefined;
  const role = es?.role ?? entry.role;
  return { kind: 'person', person: es?.person ?? entry.person, ...(role ? { role } : {}) };
}

/**
 * Everything the page's quotation control needs, as the JSON it reads: the value of the Cite
 * panel's `data-quote` attribute (an attribute, not one more element, so the element budgets hold); finishing
 * moves it into `quote.json` beside the page, fetched on the first selection (lib/build/finish-pages.ts).
 * `quoted` is what the page's render collected (NoteNumbers.quotedSources and .quoteSpeakers, read
 * after the page's Markdown has rendered): the reported templates are keyed by source id, and for a
 * quotation with a known speaker by "<source> <speaker>", which `speakers` maps its id to.
 */
export function quoteDataAttribute(
  site: Site,
  subject: CitationSubject,
  quoted: QuotedOnPage,
  statute?: { c: string; o: string },
): string {
  const locale = site.locale;
  const quotedSource = (id: string): QuotedSource | undefined => {
    const source = site.sources.get(id)?.data;
    if (!source) return undefined;
    const { title, titleIsOurs, publisher, url, date, via } = source;
    return {
      id,
      title,
      titleIsOurs,
      publisher,
      url,
      ...(date ? { date } : {}),
      ...(via ? { via } : {}),
    };
  };
  const sources = [...quoted.quotedSources].flatMap((id) => quotedSource(id) ?? []);
  const credited = new Map<string, CreditedQuotation>();
  const speakers: Record<string, string> = {};
  for (const [quoteId, { by, speaker: entry }] of quoted.quoteSpeakers) {
    const source = quotedSource(by);
    const speaker = resolveSpeaker(site, entry);
    if (!source || !speaker) continue;
    const key = `${by} ${'document' in entry ? entry.document : entry.person}`;
    credited.set(key, { key, source, speaker });
    speakers[quoteId] = key;
  }
  const { open, close } = WORDS[locale];
  const data: QuoteData = {
    open,
    close,
    styles: quoteStyles(subject, locale, sources, [...credited.values()]),
    ...(credited.size ? { speakers } : {}),
    ...(statute ? { statute } : {}),
    labels: ui(locale).quote,
  };
  return JSON.stringify(data);
}

/**
 * A section's pin cite in each style, as the Cite panel's "Cite one section" list shows it to every
 * reader (no script needed): the same forms "Copy as quotation" gives, without a paragraph number
 * (only a quotation has one). One line per style.
 */
export function sectionPinCitations(
  subject: CitationSubject,
  locale: Locale,
  section: { id: string; title: string },
): string {
  const loc = WORDS[locale].sectionLoc;
  const labels: Record<string, string> = {
    bluebook: 'Bluebook',
    apa: 'APA 7',
    mla: 'MLA 9',
    chicago: 'Chicago 17',
  };
  return quoteStyles(subject, locale, [])
    .map((style) => {
      const slots = { h: section.title, u: `${subject.url}#${section.id}` };
      const text = style.prose[0]
        .replace(/^\{Q\}\s?/, '')
        .replace(/\n\{link\}$/, '')
        .replace('{loc}', loc[style.key as keyof typeof loc] ?? style.loc)
        .replace(/\{(\w+)\}/g, (slot, name: string) => slots[name as 'h' | 'u'] ?? slot)
        .replace('\n', ' — ')
        // American punctuation: the comma after a heading goes inside its quotation marks.
        .replace(locale === 'en' && style.key === 'chicago' ? /”,/ : /^$/, ',”');
      return `${labels[style.key]}: ${text}`;
    })
    .join('\n');
}
