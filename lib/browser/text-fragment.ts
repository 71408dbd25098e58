/**
 * Text fragments (WICG scroll-to-text-fragment): `#id:~:text=[prefix-,]start[,end]`. Pure
 * functions over strings, so the unit tests run them; the quotation behaviour gives them the
 * page's visible text.
 */

/**
 * Percent-encodes one term. The syntax characters `&`, `-` and `,` must be encoded inside a term;
 * encodeURIComponent encodes `&` and `,` but leaves `-`.
 */
export const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** Occurrences of a term in text, case-insensitively (as browsers match text fragments). */
export const occurrences = (text: string, term: string) =>
  text.toLowerCase().split(term.toLowerCase()).length - 1;

const words = (text: string) => text.split(' ').filter(Boolean);

/**
 * The directive for a selection, matching it and nothing before it on the page; '' when no
 * directive can (the same words, after the same words, elsewhere): the link then goes to the
 * section alone rather than highlight the wrong place.
 * - `runs`: the selection's visible text, split where apparatus the reader sees sits between
 *   words (a source marker "[4]", a glossary "?"): no term can match across one;
 * - `before`: visible text just before the selection in its paragraph ('' when apparatus or the
 *   paragraph's start is next to it);
 * - `page`: the page's visible text; all whitespace collapsed.
 * Short, unbroken selections are quoted whole; longer ones as `start,end`, the start growing from
 * four words until it occurs once, then taking words before it as a prefix.
 */
export function textDirective(runs: string[], before: string, page: string): string {
  // A term cannot start with the punctuation left after a source marker ("[4]. She" → "She").
  const parts = runs
    .map((run) => run.replace(/^[\s.,;:]+/, ''))
    .filter((run) => /[\p{L}\p{N}]/u.test(run));
  const first = words(parts[0] ?? '');
  const last = words(parts[parts.length - 1] ?? '');
  const exact = parts.length === 1 && first.length <= 8;
  let n = exact ? first.length : 4;
  let start = first.slice(0, n).join(' ');
  while (!exact && n < first.length && occurrences(page, start) > 1)
    start = first.slice(0, ++n).join(' ');
  const prefixes = words(before);
  let prefix = '';
  for (let k = 1; occurrences(page, `${prefix} ${start}`.trim()) > 1; k++) {
    if (k > prefixes.length) return '';
    prefix = prefixes.slice(-k).join(' ');
  }
  return `text=${[
    ...(prefix ? [`${encodeTerm(prefix)}-`] : []),
    encodeTerm(start),
    ...(exact ? [] : [encodeTerm(last.slice(-4).join(' '))]),
  ].join(',')}`;
}
