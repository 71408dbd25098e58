/**
 * Repeats that disagree, where a machine can see it:
 * - wordings content/fact-rules.yaml forbids (an open question stated as settled: the 40,000-name
 *   list called "separate"; 42,695 as a share of 47,289; either count called a typo);
 * - words that must travel together ("42,695" and "indicative ruling");
 * - a number given with "about" in one place and bare in another;
 * - a timeline title that gives a number the event's own text does not;
 * - a "where this stands" note whose `asOf` is not the date of the newest source it cites.
 */
import type { ContentProblem } from '../errors';
import type { Entry } from '../load';
import { compiled, factRules, matchPattern } from './fact-rules';
import { at, lineOf, sentenceText, type ProseText } from './prose';
import type { LintContext, LintRule } from './rule';
import { HEDGE, HEDGE_WINDOW } from './hedges';

export const forbiddenWordingRule: LintRule = {
  id: 'forbidden-wording',
  description: 'Wordings the fact base rules out, and words that must stand together, from content/fact-rules.yaml',
  check(context) {
    const { rules } = factRules(context);
    const problems: ContentProblem[] = [];
    for (const prose of context.prose) {
      for (const [i, sentence] of prose.sentences.entries()) {
        const words = prose.text.slice(sentence.start, sentence.end);
        for (const rule of rules.forbidden) {
          const hit = rule.patterns.map((p) => matchPattern(p, words)).find(Boolean);
          if (hit && !(rule.unless && compiled(rule.unless).test(words))) problems.push({ ...at(prose, sentence.start + hit.index), message: `${rule.message} (${rule.facts.join(', ')}): "${shorten(sentenceText(prose, sentence))}"`, fix: rule.fix });
        }
        for (const rule of rules.together) {
          const hit = matchPattern(rule.pattern, words);
          if (!hit) continue;
          const near = [prose.sentences[i - 1], sentence, prose.sentences[i + 1]].filter((s) => s && s.paragraph === sentence.paragraph).map((s) => prose.text.slice(s!.start, s!.end)).join(' ');
          if (rule.near.some((n) => compiled(n).test(near))) continue;
          problems.push({ ...at(prose, sentence.start + hit.index), message: `${rule.message} (${rule.facts.join(', ')}): "${shorten(sentenceText(prose, sentence))}"`, fix: rule.fix });
        }
      }
    }
    return problems;
  },
};

/** "47,000", "1.28 million", "$9.5 billion", "4,6 millones": the numbers a count is written as. */
const COUNT = /(?<![\p{L}\p{N},.])\d{1,3}(?:,\d{3})+(?![\p{N}]|,\d)|(?<![\p{L}\p{N},.])\d+(?:[.,]\d+)? (?:million|billion|millones|mil millones)(?![\p{L}])|(?<![\p{L}\p{N},.-])\d+(?:-page|\s+pages|\s+páginas)(?![\p{L}])/gu;

export const hedgeConsistencyRule: LintRule = {
  id: 'hedge-consistency',
  description: 'A number given with "about" in one place is not given bare in another',
  check(context) {
    const { rules } = factRules(context);
    const allowed = new Set(rules.bareAllowed.map((b) => normalizeCount(b.number)));
    const uses = new Map<string, { prose: ProseText; index: number; text: string; hedged: boolean }[]>();
    for (const prose of context.prose) {
      for (const match of prose.text.matchAll(COUNT)) {
        // "1.28 million-record request" describes a request, as the fact base does: a name, not a count.
        const key = normalizeCount(match[0]);
        if (/^\d{4}$/.test(key)) continue;
        const before = prose.text.slice(Math.max(0, match.index - HEDGE_WINDOW), match.index).replace(/[*_$]/g, '');
        const list = uses.get(key) ?? [];
        list.push({ prose, index: match.index, text: match[0], hedged: HEDGE.test(before) });
        uses.set(key, list);
      }
    }
    const problems: ContentProblem[] = [];
    for (const [key, list] of uses) {
      if (allowed.has(key)) continue;
      const hedged = list.find((u) => u.hedged);
      if (!hedged) continue;
      for (const use of list.filter((u) => !u.hedged)) {
        const where = `${hedged.prose.file}${lineOf(hedged.prose, hedged.index) ? `:${lineOf(hedged.prose, hedged.index)}` : ` (${hedged.prose.field})`}`;
        problems.push({
          ...at(use.prose, use.index),
          message: `"${use.text}" is given bare here and with a hedge in ${where}: one fact, one wording`,
          fix: `Write it as the fact base does (with "about"/"unos" if it only gives it as approximate), or, if the fact base gives it both ways, add it to bareAllowed in content/fact-rules.yaml with the reason`,
        });
      }
    }
    return problems;
  },
};

function normalizeCount(text: string): string {
  return text
    .replace(/(\d+)(?:-page|\s+pages|\s+páginas)/, '$1 pages')
    .replace(/mil millones/, 'billion')
    .replace(/millones/, 'million')
    .replace(/(\d),(\d{1,2}) /, '$1.$2 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a title that carry a digit: "42,695", "GAO-04-972T", "26-5006", "2-hour". */
function numberWords(title: string): string[] {
  return title
    .split(/\s+/)
    .map((word) => word.replace(/^[("'«*]+|[)"'»*.,:;]+$/g, ''))
    .filter((word) => /\d/.test(word));
}

export const timelineTitleRule: LintRule = {
  id: 'timeline-title',
  description: 'A timeline title gives no number its event text does not give',
  check(context) {
    const problems: ContentProblem[] = [];
    const bodies = new Map(context.prose.filter((p) => p.collection === 'timeline' && p.field === 'body').map((p) => [p.file, p]));
    for (const prose of context.prose) {
      if (prose.collection !== 'timeline' || prose.field !== 'title') continue;
      const body = bodies.get(prose.file);
      const bodyText = body?.raw ?? '';
      for (const token of numberWords(prose.raw)) {
        if (!bodyText.includes(token)) {
          problems.push({ file: prose.file, field: 'title', message: `The title gives "${token}", which the event's text does not: "${prose.raw}"`, fix: 'A title says no more than the event below it: add the fact (with its source) to the text, or drop it from the title' });
        }
      }
    }
    return problems;
  },
};

export const statusSourcesRule: LintRule = {
  id: 'status-sources',
  description: "A status note's asOf is the date of the newest source it cites",
  check(context) {
    const problems: ContentProblem[] = [];
    // A source's date, or, where the fact base gives none, the date of the latest event that cites it.
    const dates = new Map<string, string>();
    for (const event of context.loaded.collections.timeline) {
      for (const id of event.data.sources) if ((dates.get(id) ?? '') < event.data.date) dates.set(id, event.data.date);
    }
    for (const source of context.loaded.collections.sources) if (source.data.date) dates.set(source.id, source.data.date);
    for (const page of context.loaded.collections.pages as Entry<{ status?: { asOf: string; text: string } }>[]) {
      const status = page.data.status;
      if (!status) continue;
      const ids = [...status.text.matchAll(/@([a-z0-9-]+)/g)].map((m) => m[1]!);
      const dated = ids.map((id) => ({ id, date: dates.get(id) })).filter((s): s is { id: string; date: string } => Boolean(s.date));
      if (!dated.length) continue;
      const newest = dated.reduce((a, b) => (b.date > a.date ? b : a));
      const asOf = status.asOf;
      if (newest.date > asOf && !asOf.startsWith(newest.date)) {
        problems.push({ file: page.file, field: 'status.asOf', message: `The note is dated ${asOf} but cites ${newest.id}, dated ${newest.date}`, fix: 'Set status.asOf to the date of the newest source the note relies on' });
      } else if (!asOf.startsWith(newest.date) && !(newest.date.length === 7 && asOf.startsWith(newest.date))) {
        problems.push({ file: page.file, field: 'status.asOf', message: `The note is dated ${asOf}, but the newest source it cites (${newest.id}) is dated ${newest.date}`, fix: 'asOf is the date of the latest source the note relies on: cite that source in status.text, or set asOf to its date' });
      }
    }
    return problems;
  },
};

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

export type { LintContext };
