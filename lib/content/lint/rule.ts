/**
 * The shape every prose-lint rule has: a small module with an id, one line saying what it
 * guards, and a check that reads the loaded content and returns problems, each naming the file,
 * the field, the line where it has one, what is wrong and how to fix it. `lintContent` runs them
 * all; `npm run check:content` (through buildSite) fails on any problem they report.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import type { ContentProblem } from '../errors';
import type { LoadResult } from '../load';
import type { ProseText } from './prose';

export interface LintContext {
  /** The content folder (content/ or a fixture copy). */
  contentRoot: string;
  /** Paths in problems are relative to this folder. */
  displayRoot: string;
  loaded: LoadResult;
  /** Our own prose in both editions, quotes blanked, split into sentences. */
  prose: ProseText[];
}

export interface LintRule {
  /** Short, stable name, shown at the start of each message: "absolute-words". */
  id: string;
  /** What the rule guards, in one line. */
  description: string;
  check(context: LintContext): ContentProblem[];
}

/** A file path as problems show it. */
export function displayPath(context: LintContext, relative: string): string {
  return path.relative(context.displayRoot, path.join(context.contentRoot, relative)).split(path.sep).join('/');
}

/**
 * Reads a YAML data file of the content folder and validates it; a missing file is `fallback`.
 * Broken YAML and schema errors become problems naming the file and the field.
 */
export function readDataFile<T>(context: LintContext, relative: string, schema: z.ZodType<T>, fallback: T, problems: ContentProblem[]): T {
  const absolute = path.join(context.contentRoot, relative);
  if (!fs.existsSync(absolute)) return fallback;
  const file = displayPath(context, relative);
  let data: unknown;
  try {
    data = yaml.load(fs.readFileSync(absolute, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    problems.push({ file, field: 'file', message: `Broken YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}` });
    return fallback;
  }
  const result = schema.safeParse(data ?? fallback);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.') || 'file', message: issue.message });
    return fallback;
  }
  return result.data;
}

/** Whole-word, case-insensitive matching in either language (letters include á, ñ, ü). */
export function wordPattern(alternatives: string[], flags = 'giu'): RegExp {
  const body = alternatives.map((a) => a.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A short excerpt around a match, for messages. */
export function around(text: string, index: number, length: number, radius = 40): string {
  const from = Math.max(0, index - radius);
  const to = Math.min(text.length, index + length + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
