/**
 * A source must hold what it is cited for. Each source entry lists the fact-base entries it backs
 * (`facts:`); content/fact-rules.yaml lists, for key facts, the numbers, dates and names that
 * belong to them (`keys`). A sentence that gives such a key must cite at least one source whose
 * list holds one of the facts the key belongs to. The references a sentence uses are its own, or,
 * where it has none, those of the next sentence of its paragraph that has some (a claim and its
 * reference may span two sentences), or else of the one before.
 *
 * `npm run review:sources` prints every sentence beside its sources' facts, for the human review
 * this check cannot do.
 */
import type { ContentProblem } from '../errors';
import type { Entry } from '../load';
import { factRules } from './fact-rules';
import { at, sentenceText, type ProseSentence, type ProseText } from './prose';
import type { LintContext, LintRule } from './rule';

interface SourceData {
  facts: string[];
  kind: string;
  confidence: string;
}

export interface KeyUse {
  key: string;
  facts: string[];
  index: number;
}

export interface SentenceReview {
  prose: ProseText;
  sentence: ProseSentence;
  text: string;
  refs: string[];
  keys: KeyUse[];
  /** Keys whose facts no cited source holds. */
  unheld: KeyUse[];
}

/** Every sentence of our prose with the sources it uses and the key facts it gives. */
export function reviewSentences(context: LintContext): SentenceReview[] {
  const { rules } = factRules(context);
  const sources = sourceFacts(context);
  const keyPatterns = Object.entries(rules.keys).flatMap(([fact, keys]) => keys.map((key) => ({ fact, key, pattern: new RegExp(`(?<![\\p{L}\\p{N},.])(?:${key})(?![\\p{L}\\p{N}])`, 'giu') })));
  const reviews: SentenceReview[] = [];
  for (const prose of context.prose) {
    prose.sentences.forEach((sentence, i) => {
      const words = prose.text.slice(sentence.start, sentence.end);
      const keys = new Map<string, KeyUse>();
      for (const { fact, pattern } of keyPatterns) {
        for (const match of words.matchAll(pattern)) {
          const text = match[0].replace(/\s+/g, ' ');
          const use = keys.get(text.toLowerCase()) ?? { key: text, facts: [], index: sentence.start + match.index };
          if (!use.facts.includes(fact)) use.facts.push(fact);
          keys.set(text.toLowerCase(), use);
        }
      }
      const refs = referencesOf(prose, i);
      const held = new Set(refs.flatMap((id) => sources.get(id)?.facts ?? []));
      const unheld = refs.length ? [...keys.values()].filter((k) => !k.facts.some((f) => held.has(f))) : [];
      reviews.push({ prose, sentence, text: sentenceText(prose, sentence), refs, keys: [...keys.values()], unheld });
    });
  }
  return reviews;
}

/** The sentence's references, or its paragraph's next (else previous) sentence's. */
function referencesOf(prose: ProseText, index: number): string[] {
  const sentence = prose.sentences[index]!;
  if (sentence.refs.length) return sentence.refs;
  for (let i = index + 1; i < prose.sentences.length && prose.sentences[i]!.paragraph === sentence.paragraph; i++) {
    if (prose.sentences[i]!.refs.length) return prose.sentences[i]!.refs;
  }
  for (let i = index - 1; i >= 0 && prose.sentences[i]!.paragraph === sentence.paragraph; i--) {
    if (prose.sentences[i]!.refs.length) return prose.sentences[i]!.refs;
  }
  return [];
}

export function sourceFacts(context: LintContext): Map<string, SourceData> {
  return new Map(
    (context.loaded.collections.sources as Entry<SourceData>[]).map((s) => [s.id, { facts: s.data.facts, kind: s.data.kind, confidence: s.data.confidence }]),
  );
}

export const sourceFactsRule: LintRule = {
  id: 'source-facts',
  description: "A sentence that gives a key fact cites a source whose entry holds that fact",
  check(context) {
    const problems: ContentProblem[] = [];
    const sources = sourceFacts(context);
    const holders = (facts: string[]) => [...sources.entries()].filter(([, s]) => s.facts.some((f) => facts.includes(f))).map(([id]) => id);
    for (const review of reviewSentences(context)) {
      for (const key of review.unheld) {
        const cited = review.refs.map((id) => `${id} [${sources.get(id)?.facts.join(', ') || 'no facts listed'}]`).join('; ');
        const candidates = holders(key.facts).slice(0, 4);
        problems.push({
          ...at(review.prose, key.index),
          message: `Source: "${key.key}" belongs to ${key.facts.join('/')}, but no source cited for it holds that: ${cited} — "${shorten(review.text)}"`,
          fix: `Cite a source whose entry holds ${key.facts.join(' or ')}${candidates.length ? ` (${candidates.join(', ')})` : ''}, or, if the fact base says the cited source backs it, add the fact to that source's facts: list`,
        });
      }
    }
    return problems;
  },
};

function shorten(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
