/**
 * Rewrites legal citations into the words Pagefind indexes. Pagefind splits "§ 6103(i)(2)" into
 * tokens and drops punctuation, so every way of writing a section becomes "6103 i 2"; a docket
 * number keeps its hyphenated form.
 */
export function expandLegalQuery(raw: string): string {
  let query = raw.trim();
  // "I.R.C. § 6103", "IRC 6103", "26 U.S.C. 6103", "section 6103", "sec. 6103" → "6103"
  query = query.replace(
    /\b(?:I\.?\s?R\.?\s?C\.?|26\s+U\.?\s?S\.?\s?C\.?|section|sec\.)\s*(?:§+\s*)?(?=\d)/gi,
    '',
  );
  query = query.replace(/§+\s*/g, '');
  // "6103(i)(2)(C)" → "6103 i 2 C"
  query = query.replace(/\(([A-Za-z0-9]+)\)/g, ' $1');
  // "No. 25-5181" → "25-5181"
  query = query.replace(/\bNo\.\s*/gi, '');
  return query.replace(/\s+/g, ' ').trim();
}

/** A subsection a query cites: "§ 6103(i)(2)", "IRC 6103(i)(2)(C)" → section 6103, id "i_2_C". */
export function citedProvision(raw: string): { section: string; id: string; label: string } | null {
  const match = /(\d{1,4}[A-Za-z]?)\s*((?:\(\s*[A-Za-z0-9]+\s*\))+)/.exec(raw);
  if (!match) return null;
  const section = match[1] as string;
  const designations = [...(match[2] as string).matchAll(/\(\s*([A-Za-z0-9]+)\s*\)/g)].map(
    (m) => m[1] as string,
  );
  return {
    section,
    id: designations.join('_'),
    label: `§ ${section}${designations.map((d) => `(${d})`).join('')}`,
  };
}
