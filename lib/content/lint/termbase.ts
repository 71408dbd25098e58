/**
 * The Spanish termbase (content/es/termbase.yaml): for each legal concept, the one Spanish term
 * the edition uses, the variants it replaces, and why. The case turns on a few of these words
 * ("return information" against "taxpayer return information"; an unsworn declaration), so a
 * variant anywhere in a Spanish file (body, frontmatter, a quote's unofficial translation) is an
 * error naming the term to use. Quoted English originals cannot match: every variant is Spanish.
 *
 * Inflection: a word of a variant that ends in `*` matches any ending, so "prevalec*" finds
 * "prevalecer", "prevalezca" does not (the stem changes) but "prevalecieran" does; write one
 * stem per stem form. Without `*` a variant matches only as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { ContentProblem } from '../errors';
import type { Entry, EsCollections } from '../load';
import { lineAt, textsOf } from '../entry-text';
import type { LintRule } from './rule';

const entrySchema = z.strictObject({
  /** The English concept, as the statute, the courts or the fact base name it. */
  concept: z.string().min(2),
  /** The glossary entry for the concept, if there is one: its Spanish `term` must equal `term`. */
  glossary: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .optional(),
  /** The one Spanish term for the concept. */
  term: z.string().min(2),
  /** Spanish forms the edition does not use for this concept; `*` ends a stem ("prevalec*"). */
  variants: z.array(z.string().min(3)).min(1),
  /** Why this term, and what is wrong with the variants: shown with every problem. */
  why: z.string().min(10),
});

export const termbaseSchema = z.array(entrySchema);
export type TermbaseEntry = z.infer<typeof entrySchema>;

export const TERMBASE_FILE = path.join('es', 'termbase.yaml');

interface Variant {
  text: string;
  entry: TermbaseEntry;
}

/** Reads and validates the termbase; a missing file is an empty termbase. */
export function readTermbase(contentRoot: string, displayRoot: string, problems: ContentProblem[]): TermbaseEntry[] {
  const absolute = path.join(contentRoot, TERMBASE_FILE);
  if (!fs.existsSync(absolute)) return [];
  const file = displayPath(absolute, displayRoot);
  let data: unknown;
  try {
    data = yaml.load(fs.readFileSync(absolute, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    problems.push({ file, field: 'file', message: `Broken YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}` });
    return [];
  }
  const result = termbaseSchema.safeParse(data ?? []);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.') || 'file', message: issue.message });
    return [];
  }
  return result.data;
}

/** Every problem with the termbase itself, and every variant used in a Spanish file. */
export function checkTermbase(contentRoot: string, es: EsCollections, displayRoot = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const entries = readTermbase(contentRoot, displayRoot, problems);
  if (!entries.length) return problems;
  const file = displayPath(path.join(contentRoot, TERMBASE_FILE), displayRoot);

  const glossary = new Map(es.glossary.map((e) => [e.id, e.data.term]));
  const variants: Variant[] = [];
  const seen = new Map<string, string>();
  entries.forEach((entry, i) => {
    if (entry.glossary) {
      const spanish = glossary.get(entry.glossary);
      if (spanish === undefined) problems.push({ file, field: `${i}.glossary`, message: `No Spanish glossary entry "${entry.glossary}"`, fix: 'Glossary ids are file names in content/es/glossary/' });
      else if (fold(spanish) !== fold(entry.term)) {
        problems.push({ file, field: `${i}.term`, message: `"${entry.term}" is not the term of content/es/glossary/${entry.glossary}.md ("${spanish}")`, fix: 'The glossary shows the termbase term: make them the same' });
      }
    }
    entry.variants.forEach((text, j) => {
      const other = seen.get(fold(text));
      if (other) problems.push({ file, field: `${i}.variants.${j}`, message: `"${text}" is already a variant of "${other}"`, fix: 'A variant points to one term' });
      seen.set(fold(text), entry.term);
      // A variant that matched a term would fail correct text: the check would be a false alarm.
      const clash = entries.find((e) => matcher([{ text, entry }]).test(e.term));
      if (clash) problems.push({ file, field: `${i}.variants.${j}`, message: `Variant "${text}" occurs inside the term "${clash.term}"`, fix: 'Make the variant longer, or drop it' });
      else variants.push({ text, entry });
    });
  });
  if (!variants.length) return problems;
  const compiled = variants.map((variant) => ({ variant, pattern: matcher([variant]) }));

  for (const [name, collection] of Object.entries(es) as [string, Entry<unknown>[]][]) {
    // A correction note quotes the wording it replaced.
    if (name === 'changes') continue;
    for (const entry of collection) {
      for (const text of textsOf(entry)) {
        // Where two variants match at one place, the longest is named.
        const found: { index: number; text: string; variant: Variant }[] = [];
        for (const { variant, pattern } of compiled) {
          for (const match of text.text.matchAll(pattern)) found.push({ index: match.index, text: match[0], variant });
        }
        found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
        let end = -1;
        for (const hit of found) {
          if (hit.index < end) continue;
          end = hit.index + hit.text.length;
          const line = lineAt(text, hit.index);
          const { term, concept, why } = hit.variant.entry;
          problems.push({
            file: entry.file,
            field: text.field,
            message: `Termbase: "${hit.text.replace(/\s+/g, ' ')}" is a variant; use "${term}" (${concept})`,
            fix: why,
            ...(line ? { line } : {}),
          });
        }
      }
    }
  }
  return problems;
}

/** One pattern for all variants, longest first (so the longest variant at a position is named). */
function matcher(variants: Variant[]): RegExp {
  const alternatives = [...variants]
    .sort((a, b) => b.text.length - a.text.length)
    .map((v) => v.text.trim().split(/\s+/).map(wordOrStem).join('\\s+'));
  // Whole words only: "legitimación" must not match inside "deslegitimación".
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** "prevalec*" is a stem: any letters may follow it. */
function wordOrStem(word: string): string {
  return word.endsWith('*') ? `${escape(word.slice(0, -1))}\\p{L}*` : escape(word);
}

function fold(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('es');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function displayPath(absolute: string, displayRoot: string): string {
  return path.relative(displayRoot, absolute).split(path.sep).join('/');
}

export const termbaseRule: LintRule = {
  id: 'termbase',
  description: 'One Spanish term per legal concept (content/es/termbase.yaml), inflected forms included',
  check: (context) => checkTermbase(context.contentRoot, context.loaded.es, context.displayRoot),
};
