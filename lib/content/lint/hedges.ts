/**
 * Numbers the fact base only ever gives as approximate ("about 42,695", "roughly 47,000") must
 * keep a hedge word next to them on every page, in both editions: dropping "about" turns a
 * reported estimate into an exact count the sources never give. Numbers the fact base also gives
 * bare somewhere (700,000 in S7, "the 1.28 million-record request" in F40) are left out, so the
 * rule never flags what the sources themselves write. Quotes are not our words and are skipped.
 */
import type { ContentProblem } from '../errors';
import { at } from './prose';
import type { LintRule } from './rule';

interface HedgedNumber {
  /** How the number is written, in English and in Spanish (same digits, different unit words). */
  pattern: RegExp;
  /** Where the fact base gives it, always hedged. */
  facts: string;
}

const NUMBER_END = '(?![\\d,.]*\\d)';
export const HEDGED_NUMBERS: HedgedNumber[] = [
  { pattern: new RegExp(`42,695${NUMBER_END}`, 'g'), facts: 'F44, opinions.md 5A ("approximately 42,695")' },
  { pattern: new RegExp(`(?<![\\d,.])47,000${NUMBER_END}`, 'g'), facts: 'F39, F41, TIMELINE ("roughly 47,000", "about 47,000")' },
  { pattern: new RegExp(`(?<![\\d,.])47,300${NUMBER_END}`, 'g'), facts: 'F39, open-questions.md 15 ("about 47,300")' },
  { pattern: new RegExp(`(?<![\\d,.])33,000${NUMBER_END}`, 'g'), facts: 'F64, open-questions.md 34 ("approximately 33,000", "~33,000")' },
  { pattern: /(?<![\d,.])16(?:-| )(?:page|páginas)/g, facts: 'F19, opinions.md Part 1 ("about 16 pages")' },
  { pattern: /(?<![\d,.])4\.6 (?:million|millones)/g, facts: 'F60, open-questions.md 29 ("about 4.6 million")' },
  { pattern: /(?<![\d,.])9\.5 (?:billion|mil millones)/g, facts: 'F59 ("about $9.5 billion")' },
];

/** A hedge in either language, as a whole word, within the few words before the number. */
export const HEDGE =
  /(?:^|[^\p{L}])(?:about|approximately|nearly|roughly|around|some|near|close to|unos|unas|aproximadamente|casi|alrededor de|cerca de|cercanas a|cercana a|en torno a)[^\p{L}]*$|~\s*$/iu;
/** How far back a hedge may stand: "about **42,695**", "unas 47,000, según tres recuentos". */
export const HEDGE_WINDOW = 24;

export const hedgesRule: LintRule = {
  id: 'hedges',
  description: 'Numbers the fact base only gives as approximate keep "about" (HEDGED_NUMBERS)',
  check(context) {
    const problems: ContentProblem[] = [];
    for (const prose of context.prose) {
      for (const { pattern, facts } of HEDGED_NUMBERS) {
        for (const match of prose.text.matchAll(pattern)) {
          // Markdown emphasis and "$" sit between the hedge and the digits: "about **$9.5 billion**".
          const before = prose.text.slice(Math.max(0, match.index - HEDGE_WINDOW), match.index).replace(/[*_$]/g, '');
          if (HEDGE.test(before)) continue;
          problems.push({
            ...at(prose, match.index),
            message: `"${match[0]}" without "about" (or "unos", "aproximadamente"…): the fact base only gives it as approximate`,
            fix: `Write "about ${match[0]}" (Spanish "unos/unas ${match[0]}"), as ${facts} does`,
          });
        }
      }
    }
    return problems;
  },
};
