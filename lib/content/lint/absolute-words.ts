/**
 * Absolute words in our own prose ("only", "all", "never", "first"; "solo", "todos", "nunca",
 * "primera"…) overstate what the fact base says unless it says exactly that: F15 says the MOU
 * was "almost entirely unsealed", not that "only" the page-13 contacts stayed sealed. Every such
 * word outside a quotation is either rewritten or justified once in content/absolute-words.yaml,
 * with the words around it and the fact (or the editorial reason) that supports it. A new one
 * fails until it is justified; a justification whose words are gone fails as stale.
 *
 * Negative-polarity words ("any" in "not … any", "ninguna" in "no … ninguna") are the plain way
 * to say "no" in each language and claim nothing universal, so they count only where no negation
 * stands before them in the sentence; English "no" and Spanish "no" themselves are not listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from '../errors';
import { at, sentenceAt, type Lang, type ProseText } from './prose';
import { displayPath, readDataFile, wordPattern, type LintContext, type LintRule } from './rule';

export const ABSOLUTE_WORDS_FILE = 'absolute-words.yaml';

export const ABSOLUTE_WORDS: Record<Lang, string[]> = {
  en: [
    'only', 'all', 'every', 'everyone', 'everybody', 'everything', 'never', 'ever', 'none', 'no one', 'nobody', 'nothing',
    'first', 'alone', 'solely', 'sole', 'entirely', 'completely', 'wholly', 'totally', 'fully', 'always', 'exclusively',
    'any', 'anyone', 'anything',
  ],
  es: [
    'solo', 'sólo', 'solamente', 'únicamente', 'único', 'única', 'únicos', 'únicas', 'todo', 'toda', 'todos', 'todas',
    'nunca', 'jamás', 'ninguno', 'ninguna', 'ningún', 'nadie', 'nada', 'primero', 'primera', 'primer', 'primeros', 'primeras',
    'siempre', 'enteramente', 'exclusivamente', 'completamente', 'totalmente', 'íntegramente', 'plenamente', 'cualquier', 'cualquiera',
  ],
};

/** Words that only say "no" when a negation stands before them: "not … any", "no … ninguna". */
const NEGATIVE_POLARITY: Record<Lang, RegExp> = {
  en: /^(?:any|anyone|anything|ever)$/i,
  es: /^(?:ninguno|ninguna|ningún|nadie|nada|cualquier|cualquiera|nunca|jamás)$/i,
};
const NEGATION: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:not|no|never|without|nor|neither|whether|if|n't|cannot|before)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:no|ni|sin|tampoco|si|antes)(?![\p{L}])/iu,
};
/** Fixed names and idioms that contain a listed word but claim nothing: "First Circuit", "sobre todo". */
const IDIOMS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:First Circuit|First Amendment|first-term|at all events)(?![\p{L}])/gu,
  es: /(?<![\p{L}])(?:Primer Circuito|Primera Enmienda|primera instancia|sobre todo|ante todo|un solo|una sola|un único|una única)(?![\p{L}])/giu,
};
/** "almost entirely", "casi todo": a hedged absolute claims no more than the hedge allows. */
const HEDGED = /(?:^|[^\p{L}])(?:almost|nearly|virtually|casi|prácticamente)\s+$/iu;

const justificationSchema = z.strictObject({
  /** The file, relative to content/: `pages/agreement.md`, `es/glossary/remand.md`. */
  file: z.string().regex(/^(?:es\/)?[a-z]+\/[a-z0-9-]+\.md$/, { error: 'Write the path under content/, e.g. pages/law.md' }),
  /** The exact words around the absolute word, as the check prints them (quotes shown blank). */
  excerpt: z.string().min(8),
  /** What supports it: fact ids ("F15", "F23, F66"), "statute 26-usc-6103#i_2", "opinions.md 4A", or "editorial" (navigation, method: no claim about the case). */
  basis: z.string().regex(/^(?:[FS]\d{1,2}(?:\s*,\s*[FS]\d{1,2})*|statute [a-z0-9-]+(?:#[A-Za-z0-9_]+)?|(?:opinions|agreement|open-questions)\.md [\w.]+|editorial)(?:\b.*)?$/, {
    error: 'Name the fact (F15), the statute (statute 26-usc-6103#i_2), the fact-base passage (opinions.md 4A) or "editorial"',
  }),
  /** Why the fact supports the word: shown to the next reviewer. */
  why: z.string().min(8),
});
export type AbsoluteWordJustification = z.infer<typeof justificationSchema>;

export interface AbsoluteWordHit {
  prose: ProseText;
  index: number;
  word: string;
  /** The hit's sentence, as the check prints it. */
  sentence: string;
  /** Suggested excerpt for a justification: a few words either side. */
  excerpt: string;
  justified: boolean;
}

export function absoluteWordHits(context: LintContext, justifications: AbsoluteWordJustification[], problems: ContentProblem[] = []): AbsoluteWordHit[] {
  const hits: AbsoluteWordHit[] = [];
  const used = new Set<number>();
  const byFile = new Map<string, { index: number; entry: AbsoluteWordJustification }[]>();
  justifications.forEach((entry, index) => {
    const key = `content/${entry.file}`;
    byFile.set(key, [...(byFile.get(key) ?? []), { index, entry }]);
  });
  const patterns = { en: wordPattern(ABSOLUTE_WORDS.en), es: wordPattern(ABSOLUTE_WORDS.es) };
  const filesSeen = new Set<string>();

  for (const prose of context.prose) {
    const fileKey = relativeToContent(context, prose.file);
    filesSeen.add(fileKey);
    const idioms = [...prose.text.matchAll(IDIOMS[prose.lang])].map((m) => [m.index, m.index + m[0].length] as const);
    const squeezed = squeezeWithMap(prose.text);
    const candidates = byFile.get(fileKey) ?? [];
    for (const match of prose.text.matchAll(patterns[prose.lang])) {
      const index = match.index;
      if (idioms.some(([from, to]) => index >= from && index < to)) continue;
      const sentence = sentenceAt(prose, index);
      const sentenceStart = sentence?.start ?? 0;
      const before = prose.text.slice(sentenceStart, index);
      if (HEDGED.test(before)) continue;
      // "not … any", "no … ninguna", and a question ("Did anyone check …?") claim nothing universal.
      if (NEGATIVE_POLARITY[prose.lang].test(match[0]) && (NEGATION[prose.lang].test(before) || /\?\s*$/.test(prose.text.slice(index, sentence?.end ?? index)))) continue;
      const sentenceWords = squeeze(prose.text.slice(sentenceStart, sentence?.end ?? prose.text.length));
      const justifiedBy = candidates.filter(({ entry }) => covers(squeezed, entry.excerpt, index, match[0].length));
      for (const { index: i } of justifiedBy) used.add(i);
      hits.push({ prose, index, word: match[0], sentence: sentenceWords, excerpt: suggestExcerpt(squeezed, index, sentenceStart, sentence?.end ?? prose.text.length), justified: justifiedBy.length > 0 });
    }
  }
  // A justification that no longer matches anything is stale: the words changed, so review again.
  justifications.forEach((entry, i) => {
    if (used.has(i)) return;
    // A file that exists but did not load has its own problems; its justifications wait for it.
    if (!filesSeen.has(`content/${entry.file}`) && fs.existsSync(path.join(context.contentRoot, entry.file))) return;
    const file = displayPath(context, ABSOLUTE_WORDS_FILE);
    const where = filesSeen.has(`content/${entry.file}`) ? `no absolute word of content/${entry.file} stands in "${entry.excerpt}"` : `content/${entry.file} has no prose`;
    problems.push({ file, field: `${i}.excerpt`, message: `Stale justification: ${where}`, fix: 'The words changed: remove the entry, or copy the new excerpt from the check message and review the basis again' });
  });
  return hits;
}

export const absoluteWordsRule: LintRule = {
  id: 'absolute-words',
  description: 'Absolute words in our own prose are rewritten or justified once, with the fact that supports them',
  check(context) {
    const problems: ContentProblem[] = [];
    const justifications = readDataFile(context, ABSOLUTE_WORDS_FILE, z.array(justificationSchema), [], problems);
    for (const hit of absoluteWordHits(context, justifications, problems)) {
      if (hit.justified) continue;
      const file = relativeToContent(context, hit.prose.file).replace(/^content\//, '');
      problems.push({
        ...at(hit.prose, hit.index),
        message: `Absolute word "${hit.word}" in our own prose: "${shorten(hit.sentence, 160)}"`,
        fix: `Rewrite it as the fact base says it (preferred), or justify it once in content/${ABSOLUTE_WORDS_FILE}: - { file: ${file}, excerpt: ${JSON.stringify(hit.excerpt)}, basis: <F-number or editorial>, why: <what the fact says> }`,
      });
    }
    return problems;
  },
};

/** The problem's file as a path under the repository's content folder: "content/pages/law.md". */
function relativeToContent(context: LintContext, file: string): string {
  const prefix = displayPath(context, '');
  return `content/${file.slice(prefix.length).replace(/^\//, '')}`;
}

interface Squeezed {
  text: string;
  /** Original index of each character of `text`. */
  map: number[];
}

function squeezeWithMap(text: string): Squeezed {
  let out = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      map.push(i - 1);
      space = false;
    }
    out += c;
    map.push(i);
  }
  return { text: out, map };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether an occurrence of the excerpt covers the word at `index` of the original text. */
function covers(squeezed: Squeezed, excerpt: string, index: number, length: number): boolean {
  const needle = squeeze(excerpt);
  for (let i = squeezed.text.indexOf(needle); i !== -1; i = squeezed.text.indexOf(needle, i + 1)) {
    const from = squeezed.map[i]!;
    const to = squeezed.map[i + needle.length - 1]!;
    if (from <= index && index + length - 1 <= to) return true;
  }
  return false;
}

/** About four words either side of the hit, within its sentence, from the blanked text. */
function suggestExcerpt(squeezed: Squeezed, index: number, sentenceStart: number, sentenceEnd: number): string {
  const { text, map } = squeezed;
  const position = map.findIndex((original) => original >= index);
  const lowest = Math.max(0, map.findIndex((original) => original >= sentenceStart));
  const found = map.findIndex((original) => original >= sentenceEnd);
  const highest = found === -1 ? text.length : found;
  let from = position;
  for (let spaces = 0; from > lowest; from--) if (text[from - 1] === ' ' && ++spaces === 5) break;
  let to = position;
  for (let spaces = 0; to < highest; to++) if (text[to] === ' ' && ++spaces === 5) break;
  return text.slice(from, to).trim();
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
