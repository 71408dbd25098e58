/**
 * The words of an entry as the text checks read them: every string of its frontmatter, then its
 * body, each with the field it sits in; in the body, a match's index gives its line in the file.
 * The termbase and the hedged-number rule scan the same texts the same way.
 */
import type { Entry } from './load';

export interface EntryText {
  field: string;
  text: string;
  /** The file line the text starts on, for the body (frontmatter strings carry no line). */
  firstLine?: number;
}

/** Every frontmatter string of the entry (`status.text`, `aliases.2`), then its body. */
export function* textsOf(entry: Entry<unknown>): Generator<EntryText> {
  for (const [field, text] of stringFields(entry.data)) yield { field, text };
  yield { field: 'body', text: entry.body, firstLine: entry.bodyLine };
}

/** The file line of the character at `index` of a text, when the text has a line. */
export function lineAt({ text, firstLine }: EntryText, index: number): number | undefined {
  if (firstLine === undefined) return undefined;
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function* stringFields(value: unknown, at = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [at || 'frontmatter', value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringFields(item, at ? `${at}.${i}` : String(i));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringFields(item, at ? `${at}.${key}` : key);
}
