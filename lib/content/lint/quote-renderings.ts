/**
 * One Spanish rendering per English quotation across the whole site: readers who compare pages
 * must not see the court or the agreement "saying" two different things. The same `:q[…]` or
 * `:::quote` text with a different `es="…"` fails, naming both places.
 */
import type { ContentProblem } from '../errors';
import { at, lineOf, type ProseText, type QuoteSpan } from './prose';
import type { LintRule } from './rule';

export const quoteRenderingsRule: LintRule = {
  id: 'quote-renderings',
  description: 'The same English quotation has the same Spanish rendering everywhere',
  check(context) {
    const problems: ContentProblem[] = [];
    const first = new Map<string, { prose: ProseText; quote: QuoteSpan }>();
    for (const prose of context.prose) {
      if (prose.lang !== 'es') continue;
      for (const quote of prose.quotes) {
        if (!quote.translation) continue;
        const key = normalize(quote.text);
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { prose, quote });
          continue;
        }
        if (normalize(seen.quote.translation!) === normalize(quote.translation)) continue;
        const line = lineOf(seen.prose, seen.quote.start);
        problems.push({
          ...at(prose, quote.start),
          message: `The quotation "${shorten(quote.text)}" is rendered "${shorten(quote.translation)}" here but "${shorten(seen.quote.translation!)}" in ${seen.prose.file}${line ? `:${line}` : ` (${seen.prose.field})`}`,
          fix: 'One English quotation, one Spanish rendering: use the same es="…" everywhere (the most faithful one)',
        });
      }
    }
    // A quotation inside a longer one ("longstanding authorities granted by Congress" in Treasury's
    // sentence) keeps its rendering inside the longer one's.
    const renderings = [...first.values()];
    for (const part of renderings) {
      const text = normalize(part.quote.text).toLowerCase();
      if (text.length < 20) continue;
      for (const whole of renderings) {
        if (whole === part || !normalize(whole.quote.text).toLowerCase().includes(text)) continue;
        if (normalize(whole.quote.translation!).toLowerCase().includes(normalize(part.quote.translation!).toLowerCase())) continue;
        const line = lineOf(whole.prose, whole.quote.start);
        problems.push({
          ...at(part.prose, part.quote.start),
          message: `The quotation "${shorten(part.quote.text)}" is rendered "${shorten(part.quote.translation!)}" here, but the longer quotation that contains it, in ${whole.prose.file}${line ? `:${line}` : ` (${whole.prose.field})`}, renders it otherwise: "${shorten(whole.quote.translation!)}"`,
          fix: 'Render the shorter quotation with the same words the longer one uses for it',
        });
      }
    }
    return problems;
  },
};

/** Spacing, typographic apostrophes and a final period do not make a different rendering. */
function normalize(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[.,;:]$/, '').trim();
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
