/**
 * A small Bluebook formatter for exactly the three things this site cites: its own pages (rule 18,
 * internet sources), the two decisions in the case (rule 10, unreported cases by docket number), and
 * the statutes it holds (rule 12: the U.S. Code, and the Internal Revenue Code by its own name).
 * citation-js's Bluebook styles are only approximate, hence this. Practitioners' form (Bluepages):
 * case names and page titles in italics, everything else in roman.
 */
import type { CitationPart } from './parts';

/** Month abbreviations of Bluebook table T12. */
const T12_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** `2025-05-12` → `May 12, 2025`; `2026-02-24` → `Feb. 24, 2026`. */
export function bluebookDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? T12_MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

export interface WebPageInput {
  title: string;
  /** The page's language: only an English title is set in rule 8 title case. */
  lang?: string;
  siteName: string;
  /** The page's last update (YYYY-MM-DD): rule 18.2.2 prefers it to the first publication date. */
  updated: string;
  /** The full URL, with the section fragment when a section is cited. */
  url: string;
}

/** Articles, conjunctions and prepositions of four or fewer letters: lower case inside a title (rule 8(a)). */
const MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on out to up via from into onto over upon with'.split(
    ' ',
  ),
);

/**
 * Rule 8(a) capitalisation: every word capitalised except short articles, conjunctions and
 * prepositions, unless first or after a colon; words already holding a capital (IRS, U.S.C.) are
 * kept as written. Straight apostrophes become typographic ones, as in the other styles.
 */
export function bluebookTitle(title: string, lang = 'en'): string {
  let capitalizeNext = true;
  const typographic = title.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2');
  // Rule 8 is English headline style: a Spanish title keeps its own (sentence) capitalisation.
  if (lang !== 'en') return typographic;
  return typographic
    .split(' ')
    .map((word) => {
      const first = capitalizeNext;
      capitalizeNext = word.endsWith(':');
      return word
        .split('-')
        .map((part, i) => {
          const bare = part.replace(/^\P{L}+|\P{L}+$/gu, '').toLowerCase();
          if (/\p{Lu}/u.test(part) || (MINOR_WORDS.has(bare) && !(first && i === 0))) return part;
          return part.replace(/\p{L}/u, (letter) => letter.toUpperCase());
        })
        .join('-');
    })
    .join(' ');
}

/** Rule 18: *Title*, Site Name (last updated Month Day, Year), URL. */
export function bluebookWebPage({
  title,
  lang,
  siteName,
  updated,
  url,
}: WebPageInput): CitationPart[] {
  return [
    { text: bluebookTitle(title, lang), italic: true },
    { text: `, ${siteName} (last updated ${bluebookDate(updated)}), ${url}` },
  ];
}

export interface CaseInput {
  /** "Centro de Trabajadores Unidos v. Bessent" */
  name: string;
  /** "1:25-cv-00677" */
  docket: string;
  /** "D.D.C." */
  court: string;
  /** Date of decision, YYYY-MM-DD. */
  date: string;
}

/**
 * Rule 10.8.1 (pending and unreported cases): *Name*, No. docket (Court Month Day, Year). No
 * reporter, no judge-initials suffix on the docket: neither is verified.
 */
export function bluebookCase({ name, docket, court, date }: CaseInput): CitationPart[] {
  return [
    { text: name, italic: true },
    { text: `, No. ${docket} (${court} ${bluebookDate(date)})` },
  ];
}

/** The parts of the Code a statute page holds. */
export interface CodeSection {
  /** U.S. Code title: 26. */
  title: number;
  /** "6103", "7213A", or a range "21-24". */
  section: string;
}

/** A subsection as the statute parser gives it: id `i_2_C`, pinpoint `(i)(2)(C)`. */
export interface ProvisionRef {
  id: string;
  pinpoint: string;
}

/**
 * `§ 6103`, `§ 6103(i)(2)(C)`, `§§ 21–24`. A provision with no pinpoint is a whole section whose id
 * is its number (50 U.S.C. § 21 on the §§ 21–24 page; the heading of 5 U.S.C. § 702).
 */
export function sectionPinpoint({ section }: CodeSection, provision?: ProvisionRef): string {
  if (!provision) {
    const [first, last] = section.split('-');
    return last ? `§§ ${first}–${last}` : `§ ${section}`;
  }
  if (!provision.pinpoint) return `§ ${provision.id}`;
  return `§ ${section.split('-')[0]}${provision.pinpoint}`;
}

/** `26 U.S.C. § 6103(i)(2)` (rule 12.3; the year of the Code edition is left to the writer). */
export function uscCitation(code: CodeSection, provision?: ProvisionRef): string {
  return `${code.title} U.S.C. ${sectionPinpoint(code, provision)}`;
}

/** `I.R.C. § 6103(i)(2)` (rule 12.9.1): only for title 26; null for other titles. */
export function ircCitation(code: CodeSection, provision?: ProvisionRef): string | null {
  return code.title === 26 ? `I.R.C. ${sectionPinpoint(code, provision)}` : null;
}
