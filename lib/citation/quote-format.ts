/**
 * "Copy as quotation": the citation templates the server writes into a page (lib/citation/quotation.ts)
 * and the one step the browser takes with them (components/content/quote-selection.browser.ts):
 * filling their slots. No dependencies: the browser bundle imports this file, never citation-js.
 *
 * A template is a pair, plain text and HTML, with named slots:
 * - `{Q}` the quoted words inside the edition's quotation marks;
 * - `{loc}` the pinpoint of our own prose (filled from a style's `loc`/`top` pattern, which hold
 *   `{h}` the section heading and `{n}` the paragraph number within it);
 * - `{u}` the address of the section; `{link}` the address that highlights the words;
 * - `{c}` a statute citation (`26 U.S.C. § 6103(i)(2)(A)`), `{o}` its official deep link.
 * Lines are separated by "\n" (in HTML, paragraphs): the quotation (with an in-text citation where
 * the style has one), the full citation, and last the link.
 */

/** Plain text and HTML of one citation. */
export type QuoteTemplate = [plain: string, html: string];

/** One citation style's templates for the three kinds of speaker. */
export interface QuoteStyle {
  /** `bluebook`, `apa`, `mla`, `chicago`: the Cite panel's keys. */
  key: string;
  /** Our own prose: the page, pinpointed by `{loc}`. */
  prose: QuoteTemplate;
  /** Pinpoint of prose under a section heading (`{h}`, `{n}`). */
  loc: string;
  /** Pinpoint of prose before the first heading (`{n}`). */
  top: string;
  /** Statute text we hold: `{c}`, `{o}`. */
  statute: QuoteTemplate;
  /**
   * Words we quote as reported by an outlet, by source id; words whose speaker we know, by
   * "<source id> <speaker>" (QuoteData.speakers): the speaker first, then "as quoted in" the outlet.
   */
  reported: Record<string, QuoteTemplate>;
}

/** What a page gives its "Copy as quotation" control, as JSON in the page. */
export interface QuoteData {
  /** Opening and closing quotation marks of the edition: “ ” or « ». */
  open: string;
  close: string;
  styles: QuoteStyle[];
  /**
   * Reported quotations whose original speaker the fact base names (content/quote-speakers.yaml):
   * quotation id → the key of its template in each style's `reported` (else its source id).
   */
  speakers?: Record<string, string>;
  /** On a statute page: the whole section (`26 U.S.C. § 6103`) and its official copy. */
  statute?: { c: string; o: string };
  labels: QuoteLabels;
}

export interface QuoteLabels {
  /** The control: "Copy as quotation". */
  copy: string;
  /** The second button: "Copy link". */
  link: string;
  copied: string;
  linkCopied: string;
  /** Followed by the text when the browser refused to copy. */
  failed: string;
  /** The selection mixes a quotation with our words. */
  mixed: string;
  /** The selection spans paragraphs. */
  paragraphs: string;
  /** After our translation of an English quotation: "[traducción no oficial de …]". */
  translated: string;
  /** Before the English original of a translated quotation: "Original en inglés:". */
  original: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/**
 * Fills `{name}` slots, with each value passed through `escape` (for the HTML template). An
 * unknown slot is left as it is, so a missing value shows rather than vanishing.
 */
export function fill(
  template: string,
  slots: Record<string, string>,
  escape = (value: string) => value,
): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = slots[name];
    return value === undefined ? slot : escape(value);
  });
}
