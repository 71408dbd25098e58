/**
 * Attribution that must travel with a claim. Where the fact base gives a claim only "according
 * to" commentary, a single outlet or a weak source (the D.C. Circuit's holdings, F23; ICE's June
 * requests, F62; De Mello, F63; the 33,000 "updated addresses", F64 …), every sentence that states
 * it keeps an attribution, the way the hedge rule keeps "about" next to a number. The claims and
 * their patterns are the `attributed` list of content/fact-rules.yaml.
 */
import type { ContentProblem } from '../errors';
import { factRules, matchPattern } from './fact-rules';
import { at, sentenceText, type ProseSentence, type ProseText } from './prose';
import type { LintRule } from './rule';

/** Words that say whose claim it is, in either language. */
export const ATTRIBUTION_WORDS = [
  'according to', 'as reported', 'reportedly', 'reported', 'reports', 'report', 'reporting', 'commentary', 'commentators',
  'as described', 'describes', 'described', 'says', 'said', 'told', 'wrote', 'writes', 'in the words of', 'quoted', 'account', 'per',
  'según', 'de acuerdo con', 'informó', 'informaron', 'informa', 'informan', 'informe', 'informes', 'comentario', 'comentarios',
  'comentaristas', 'describe', 'describió', 'describen', 'descrito', 'dijo', 'dice', 'afirmó', 'relató', 'publicó', 'publicaron',
  'citó', 'recoge', 'relato', 'informada', 'informadas', 'informado', 'informados', 'reported figures', 'publicado', 'publicada', 'publicados', 'publicadas',
];

export const attributionRule: LintRule = {
  id: 'attribution',
  description: 'Claims the fact base gives only with attribution keep it on every page, in both editions',
  check(context) {
    const { rules, problems: fileProblems } = factRules(context);
    const problems: ContentProblem[] = [...fileProblems];
    for (const prose of context.prose) {
      for (const [i, sentence] of prose.sentences.entries()) {
        const words = prose.text.slice(sentence.start, sentence.end);
        for (const claim of rules.attributed) {
          const hit = claim.patterns.map((p) => matchPattern(p, words)).find(Boolean);
          if (!hit) continue;
          const window = attributionWindow(prose, i);
          if (hasAttribution(window, claim.by, claim.strict)) continue;
          problems.push({
            ...at(prose, sentence.start + hit.index),
            message: `Attribution: ${claim.claim} (${claim.facts.join(', ')}) is stated without saying whose claim it is: "${shorten(sentenceText(prose, sentence))}"`,
            fix: claim.why,
          });
        }
      }
    }
    return problems;
  },
};

/** The sentence, the one before it, and, for a list item, the lead-in above the list. */
export function attributionWindow(prose: ProseText, index: number): string {
  const sentence = prose.sentences[index]!;
  const parts = [prose.text.slice(sentence.start, sentence.end)];
  const previous = prose.sentences[index - 1];
  if (previous) parts.push(prose.text.slice(previous.start, previous.end));
  const leadIn = listLeadIn(prose, sentence);
  if (leadIn) parts.push(leadIn);
  return parts.join(' ');
}

/** For a sentence in a Markdown list item, the line that introduces the list ("According to …:"). */
function listLeadIn(prose: ProseText, sentence: ProseSentence): string | undefined {
  const lineStart = prose.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = prose.text.indexOf('\n', sentence.start);
  const current = prose.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const isItem = (line: string) => /^\s*(?:[-*+]|\d+\.)\s/.test(line);
  const isContinuation = (line: string) => /^\s{2,}\S/.test(line);
  if (!isItem(current) && !isContinuation(current)) return undefined;
  const lines = prose.text.slice(0, lineStart).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.trim() || isItem(line) || isContinuation(line)) continue;
    return line;
  }
  return undefined;
}

export function hasAttribution(text: string, extra: string[] = [], strict = false): boolean {
  const words = [...(strict ? [] : ATTRIBUTION_WORDS), ...extra].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu').test(text);
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
