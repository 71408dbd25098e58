/**
 * The prose-lint rules, in the order their problems are listed. Each is a module of its own with
 * fixtures under tests/fixtures/content/ that it passes and fails; see CONTRIBUTING.md, "Prose
 * rules".
 */
import type { ContentProblem } from '../errors';
import type { LoadResult } from '../load';
import { absoluteWordsRule } from './absolute-words';
import { attributionRule } from './attribution';
import { hedgesRule } from './hedges';
import { proseTexts } from './prose';
import { quoteRenderingsRule } from './quote-renderings';
import { forbiddenWordingRule, hedgeConsistencyRule, statusSourcesRule, timelineTitleRule } from './repeats';
import type { LintContext, LintRule } from './rule';
import { sourceFactsRule } from './source-facts';
import { spanishUnitsRule } from './spanish-units';
import { termbaseRule } from './termbase';

export const RULES: LintRule[] = [
  termbaseRule,
  spanishUnitsRule,
  quoteRenderingsRule,
  hedgesRule,
  hedgeConsistencyRule,
  absoluteWordsRule,
  attributionRule,
  forbiddenWordingRule,
  timelineTitleRule,
  statusSourcesRule,
  sourceFactsRule,
];

export function lintContext(contentRoot: string, loaded: LoadResult, displayRoot = process.cwd()): LintContext {
  return { contentRoot, displayRoot, loaded, prose: proseTexts(loaded) };
}

export function lintContent(contentRoot: string, loaded: LoadResult, displayRoot = process.cwd(), rules = RULES): ContentProblem[] {
  const context = lintContext(contentRoot, loaded, displayRoot);
  return rules.flatMap((rule) => rule.check(context));
}
