/**
 * The fact-specific patterns of the prose rules live in one data file, content/fact-rules.yaml,
 * so a new claim, a new forbidden wording or a new key number is one entry there, not code:
 *
 * - `attributed`: claims the fact base gives only "according to" commentary, a single outlet or
 *   a weak source; wherever our prose states one, the attribution travels with it.
 * - `forbidden`: wordings that state an open question as settled or contradict the fact base.
 * - `together`: words that must stand near another ("42,695" near "indicative ruling").
 * - `keys`: numbers, dates and names that belong to one or more facts; a sentence that gives one
 *   must cite a source whose `facts:` list holds one of them.
 * - `bareAllowed`: numbers the fact base itself gives both bare and hedged.
 *
 * Patterns are regular expressions, matched case-insensitively within one sentence; a pattern
 * written as a list matches where every one of its parts does. English and Spanish alternatives
 * sit in the same expression.
 */
import { z } from 'zod';
import type { ContentProblem } from '../errors';
import { readDataFile, type LintContext } from './rule';

export const FACT_RULES_FILE = 'fact-rules.yaml';

const regex = z.string().refine(
  (value) => {
    try {
      new RegExp(value, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { error: 'Not a valid regular expression' },
);
/** One pattern: a regex, or a list of regexes that must all match in the same sentence. */
const pattern = z.union([regex, z.array(regex).min(1)]);
const factId = z.string().regex(/^(?:[FS]\d{1,2}|Q\d{1,2})$/, { error: 'Write F12 (facts.md), S8 or Q16 (open-questions.md)' });

const attributedSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the claim is, in words: shown in the message. */
  claim: z.string().min(5),
  facts: z.array(factId).min(1),
  /** What the fact base says about its sourcing: shown as the fix. */
  why: z.string().min(10),
  patterns: z.array(pattern).min(1),
  /** Words that count as attribution for this claim besides the usual ones ("CRS" where the sidebar may be named). */
  by: z.array(z.string()).default([]),
  /** Only the words of `by` count: a generic "said" would let "the order said" pass as attribution. */
  strict: z.boolean().default(false),
});

const forbiddenSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  facts: z.array(factId).min(1),
  patterns: z.array(pattern).min(1),
  /** A sentence that also matches this says the open question is open, and passes. */
  unless: regex.optional(),
  message: z.string().min(10),
  fix: z.string().min(10),
});

const togetherSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  facts: z.array(factId).min(1),
  /** Where this matches … */
  pattern: regex,
  /** … one of these must stand in the same sentence, the one before or the one after. */
  near: z.array(regex).min(1),
  message: z.string().min(10),
  fix: z.string().min(10),
});

export const factRulesSchema = z.strictObject({
  attributed: z.array(attributedSchema).default([]),
  forbidden: z.array(forbiddenSchema).default([]),
  together: z.array(togetherSchema).default([]),
  keys: z.record(factId, z.array(regex).min(1)).default({}),
  bareAllowed: z.array(z.strictObject({ number: z.string(), why: z.string().min(10) })).default([]),
});
export type FactRules = z.infer<typeof factRulesSchema>;

const EMPTY: FactRules = { attributed: [], forbidden: [], together: [], keys: {}, bareAllowed: [] };

const cache = new WeakMap<LintContext, { rules: FactRules; problems: ContentProblem[] }>();

/** The fact rules, read once per lint run; problems with the file itself are reported once. */
export function factRules(context: LintContext): { rules: FactRules; problems: ContentProblem[] } {
  let found = cache.get(context);
  if (!found) {
    const problems: ContentProblem[] = [];
    const rules = readDataFile(context, FACT_RULES_FILE, factRulesSchema, EMPTY, problems);
    found = { rules, problems };
    cache.set(context, found);
  }
  return found;
}

/** Compiles a pattern; where it matches in `text`, gives the index of its first part's match. */
export function matchPattern(value: string | string[], text: string): { index: number; length: number } | undefined {
  const parts = Array.isArray(value) ? value : [value];
  let first: { index: number; length: number } | undefined;
  for (const part of parts) {
    const match = compiled(part).exec(text);
    if (!match) return undefined;
    first ??= { index: match.index, length: match[0].length };
  }
  return first;
}

const regexCache = new Map<string, RegExp>();

/** A pattern compiled once (case-insensitive, Unicode): the rules test thousands of sentences. */
export function compiled(source: string): RegExp {
  let regex = regexCache.get(source);
  if (!regex) {
    regex = new RegExp(source, 'iu');
    regexCache.set(source, regex);
  }
  return regex;
}
