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
import { bluebookDate, bluebookTitle } from './bluebook';
import { formatCsl, type CslLang } from './csl';
import { TARGET_SLOT, toTemplate, type CitationPart } from './parts';
import { escapeHtml, type QuoteData, type QuoteStyle, type QuoteTemplate } from './quote-format';
import { cslRecord, styleRecord, STYLE_ORDER } from './records';
import type { CitationSubject } from './subjects';

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

export function quoteStyles(
  subject: CitationSubject,
  locale: Locale,
  sources: QuotedSource[],
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
  const reported = (make: (source: QuotedSource) => CitationPart[]) =>
    Object.fromEntries(sources.map((source) => [source.id, toQuoteTemplate(make(source))]));
  const t = toQuoteTemplate;
  const sourceYear = (source: QuotedSource) => source.date?.slice(0, 4) ?? w.noDate;

  return STYLE_ORDER.map((key): QuoteStyle => {
    if (key === 'bluebook')
      return {
        key,
        prose: t([
          { text: '{Q} ' },
          { text: bluebookTitle(subject.title), italic: true },
          { text: `, ${site}, {loc} (last updated ${bluebookDate(subject.updated)}), {u}` },
        ]),
        loc: `${w.open}{h}${w.close} ¶ {n}`,
        top: '¶ {n}',
        statute: t([{ text: '{Q} {c}, {o}' }]),
        reported: reported((source) => [
          { text: `{Q} (${w.asQuotedIn} ` },
          sourceTitle(source),
          {
            text: `, ${outlet(source)}${source.date ? ` (${bluebookSourceDate(source.date)})` : ''}, ${source.url})`,
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
        reported: reported((source) => [
          { text: `{Q} (${w.asCitedIn} ${source.publisher}, ${sourceYear(source)})\n` },
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
        reported: reported((source) => [
          { text: `{Q} (${w.qtdIn} ${source.publisher})\n` },
          ...sourceEntry(source, 'mla', w.csl),
        ]),
      };
    return {
      key,
      prose: t([{ text: `{Q}\n${site}, ${title} {loc}, ${chicagoDate}, {u}.` }]),
      loc: w.chicagoLoc,
      top: w.chicagoTop,
      statute: t([{ text: '{Q}\n{c}, {o}.' }]),
      reported: reported((source) => [
        { text: `{Q}\n${w.quotedIn} ` },
        ...sourceEntry(source, 'chicago', w.csl),
      ]),
    };
  });
}

/**
 * Everything the page's quotation control needs, as the JSON it reads: the value of the Cite
 * panel's `data-quote` attribute (an attribute, not one more element, so the element budgets hold).
 * `quotedSources` are the sources whose reported words the page quotes (NoteNumbers.quotedSources,
 * read after the page's Markdown has rendered).
 */
export function quoteDataAttribute(
  site: Site,
  subject: CitationSubject,
  quotedSources: Iterable<string>,
  statute?: { c: string; o: string },
): string {
  const locale = site.locale;
  const sources = [...quotedSources].flatMap((id): QuotedSource[] => {
    const source = site.sources.get(id)?.data;
    if (!source) return [];
    const { title, titleIsOurs, publisher, url, date, via } = source;
    return [
      {
        id,
        title,
        titleIsOurs,
        publisher,
        url,
        ...(date ? { date } : {}),
        ...(via ? { via } : {}),
      },
    ];
  });
  const { open, close } = WORDS[locale];
  const data: QuoteData = {
    open,
    close,
    styles: quoteStyles(subject, locale, sources),
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
