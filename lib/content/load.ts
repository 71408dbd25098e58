/**
 * Reads content/ into typed, validated entries. Parsing problems are collected, never thrown one
 * at a time, so a writer sees every problem in one run.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { COLLECTIONS, ES_COLLECTIONS, type CollectionName, type EsCollectionName } from './schema';
import { closest, type ContentProblem } from './errors';

/** Larger files are refused: no explainer page is this long, and a huge file is a mistake. */
export const MAX_FILE_BYTES = 400 * 1024;

export interface Entry<T> {
  collection: CollectionName | EsCollectionName;
  /** The file name without `.md`: the entry's public id. */
  id: string;
  /** Path relative to the repository root (for messages). */
  file: string;
  data: T;
  /** Markdown body after the frontmatter. */
  body: string;
  /** 1-based line number where the body starts, so body problems can name a file line. */
  bodyLine: number;
}

type DataOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]>;

export type Collections = { [C in CollectionName]: Entry<DataOf<C>>[] };

type EsDataOf<C extends EsCollectionName> = z.infer<(typeof ES_COLLECTIONS)[C]>;

/** The Spanish edition's files (content/es/), by folder. */
export type EsCollections = { [C in EsCollectionName]: Entry<EsDataOf<C>>[] };

export interface LoadResult {
  collections: Collections;
  es: EsCollections;
  problems: ContentProblem[];
  fileCount: number;
  /** The name (without .md) of every English file, valid or not, by folder. */
  englishNames: Record<string, Set<string>>;
}

type Schemas = Record<string, z.ZodType>;

// YAML's default schema turns unquoted dates into Date objects (in UTC, shifting days): the core
// schema keeps them as strings, so the zod date check sees exactly what the writer typed.
const yamlEngine = (source: string): object => (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;

export function loadContent(contentRoot: string, displayRoot = process.cwd()): LoadResult {
  const problems: ContentProblem[] = [];
  const english = loadFolders(contentRoot, COLLECTIONS, displayRoot, problems);
  const spanish = loadFolders(path.join(contentRoot, 'es'), ES_COLLECTIONS, displayRoot, problems);
  return {
    collections: english.entries as Collections,
    es: spanish.entries as EsCollections,
    problems,
    fileCount: english.fileCount + spanish.fileCount,
    englishNames: english.names,
  };
}

function loadFolders(root: string, schemas: Schemas, displayRoot: string, problems: ContentProblem[]) {
  let fileCount = 0;
  const entries: Record<string, Entry<unknown>[]> = {};
  const names: Record<string, Set<string>> = {};
  for (const name of Object.keys(schemas)) {
    const dir = path.join(root, name);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.startsWith('.')).sort() : [];
    const list: Entry<unknown>[] = [];
    names[name] = new Set(files.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)));
    for (const fileName of files) {
      const absolute = path.join(dir, fileName);
      if (fs.statSync(absolute).isDirectory()) continue;
      fileCount++;
      const file = path.relative(displayRoot, absolute).split(path.sep).join('/');
      const entry = readEntry(name as CollectionName, schemas[name] as z.ZodType, absolute, file, fileName, problems);
      if (entry) list.push(entry);
    }
    entries[name] = list;
  }
  return { entries, fileCount, names };
}

function readEntry(
  collection: CollectionName,
  schema: z.ZodType,
  absolute: string,
  file: string,
  fileName: string,
  problems: ContentProblem[],
): Entry<unknown> | null {
  const report = (field: string, message: string, fix?: string, line?: number) =>
    problems.push({ file, field, message, ...(fix ? { fix } : {}), ...(line ? { line } : {}) });

  if (!fileName.endsWith('.md')) {
    report('file', 'Not a Markdown file', 'Content files end in .md; move other files out of content/');
    return null;
  }
  const id = fileName.slice(0, -3);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    report('file', `Invalid file name "${fileName}"`, 'Use lowercase a-z, 0-9 and single hyphens: the name is a public URL');
  }
  const bytes = fs.readFileSync(absolute);
  if (bytes.length > MAX_FILE_BYTES) {
    report('file', `File is ${Math.round(bytes.length / 1024)} KiB, over the ${MAX_FILE_BYTES / 1024} KiB limit`, 'Split it, or check that it is the file you meant');
    return null;
  }
  if (bytes.includes(0)) {
    report('file', 'File contains NUL bytes (binary data)', 'Content files are UTF-8 text');
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report('file', 'File is not valid UTF-8', 'Re-save the file as UTF-8');
    return null;
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) {
    report('frontmatter', 'Missing frontmatter', 'Start the file with a --- line, the YAML fields, and another --- line');
    return null;
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; a fresh options object per file keeps the cache out of it.
    parsed = matter(text, { engines: { yaml: yamlEngine } });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    report('frontmatter', `Broken YAML: ${reason}`, 'Check indentation, colons and quotes on that line', mark?.line !== undefined ? mark.line + 2 : undefined);
    return null;
  }
  const frontmatterLines = text.slice(0, text.length - parsed.content.length).split('\n').length;

  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const knownKeys = Object.keys((schema as unknown as { shape?: object }).shape ?? innerShape(schema));
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const guess = closest(key, knownKeys);
          report(key, guess ? `Unrecognized key (did you mean "${guess}"?)` : 'Unrecognized key', `Known keys: ${knownKeys.join(', ')}`);
        }
        continue;
      }
      const field = issue.path.length ? issue.path.join('.') : 'frontmatter';
      const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
      report(field, missing ? 'Required field is missing' : issue.message, missing ? `Add "${field}:" to the frontmatter` : undefined);
    }
    return null;
  }
  return { collection, id, file, data: result.data, body: parsed.content, bodyLine: frontmatterLines };
}

/** The object shape inside a refined schema (zod wraps refined objects). */
function innerShape(schema: unknown): object {
  const def = (schema as { def?: { in?: unknown; innerType?: unknown; schema?: unknown } }).def;
  const inner = def?.in ?? def?.innerType ?? def?.schema;
  return (inner as { shape?: object } | undefined)?.shape ?? {};
}
