/**
 * Our own prose, as the prose-lint rules read it: every text field of every page, event, term,
 * document and statute note, in both editions, with what is not our words blanked out (quotes
 * of texts we hold or that others reported, their Spanish renderings, link targets, directive
 * attributes, source references, heading ids). Blanking keeps every other character where it
 * was, so an index into `text` is an index into the file's text, and a line stays a line.
 *
 * Sentences come from unified's Latin-script parser (parse-latin, the parser of retext-latin),
 * which splits English and Spanish alike and knows that "U.S." or "D.C." ends no sentence.
 */
import type { Nodes as MdastNodes, Parent as MdastParent } from 'mdast';
import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst';
import { ParseLatin } from 'parse-latin';
import { visit } from 'unist-util-visit';
import { parseMarkdown, plainText } from '../../markdown/parse';
import type { Entry, LoadResult } from '../load';
import { textsOf } from '../entry-text';

export type Lang = 'en' | 'es';

/** A `[@a; @b]` reference and where it stands in the text. */
export interface SourceRef {
  ids: string[];
  start: number;
  end: number;
}

/** A `:q[…]` or `:::quote` in the text, with its Spanish rendering if it has one. */
export interface QuoteSpan {
  text: string;
  translation?: string;
  cite?: string;
  by?: string;
  start: number;
  end: number;
}

export interface ProseSentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to (sentences of one paragraph share it). */
  paragraph: number;
  /** The references written inside the sentence or right after it. */
  refs: string[];
}

export interface ProseText {
  entry: Entry<unknown>;
  file: string;
  /** `body`, `title`, `status.text`, `notes.2.text` … */
  field: string;
  lang: Lang;
  /** pages, timeline, glossary, documents, statutes */
  collection: string;
  /** The text as written. */
  raw: string;
  /** The text with everything that is not our words replaced by spaces (same length). */
  text: string;
  /** File line of the text's first character (bodies only; frontmatter strings have none). */
  firstLine?: number;
  refs: SourceRef[];
  quotes: QuoteSpan[];
  sentences: ProseSentence[];
}

/** Collections whose words are ours. Sources carry publishers' titles; change notes quote what they replaced. */
const PROSE_COLLECTIONS = ['pages', 'timeline', 'glossary', 'documents', 'statutes'];

/** Frontmatter fields that hold our words (ids, dates, tags, URLs and official headings do not). */
const PROSE_FIELD = /^(?:title|summary|term|dateText|completenessNote|status\.text|notes\.\d+\.text|aliases\.\d+|figures\.\d+\.(?:label|note))$/;

/** Every text of our own prose in the loaded content, English first, then Spanish. */
export function proseTexts(loaded: LoadResult): ProseText[] {
  const result: ProseText[] = [];
  const add = (lang: Lang, collections: Record<string, Entry<unknown>[]>) => {
    for (const name of PROSE_COLLECTIONS) {
      for (const entry of collections[name] ?? []) {
        for (const { field, text, firstLine } of textsOf(entry)) {
          // An English statute's body is the verbatim text of the law.
          if (field === 'body' ? name === 'statutes' : !PROSE_FIELD.test(field)) continue;
          if (!text.trim()) continue;
          result.push(proseText(entry, field, lang, name, text, firstLine));
        }
      }
    }
  };
  add('en', loaded.collections as unknown as Record<string, Entry<unknown>[]>);
  add('es', loaded.es as unknown as Record<string, Entry<unknown>[]>);
  return result;
}

const SOURCE_REF = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;
const HEADING_ID = /\{#[A-Za-z0-9_-]+\}/g;

export function proseText(entry: Entry<unknown>, field: string, lang: Lang, collection: string, raw: string, firstLine?: number): ProseText {
  // UTF-16 indices throughout: mdast offsets and RegExp indices both are.
  const masked = raw.split('');
  const blank = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(to, masked.length); i++) if (masked[i] !== '\n') masked[i] = ' ';
  };
  const quotes: QuoteSpan[] = [];
  const tree = parseMarkdown(raw);
  visit(tree, (node: MdastNodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'textDirective':
        if (node.name === 'q') {
          quotes.push(quoteSpan(node.attributes ?? {}, plainText(node), start, end));
          blank(start, end);
        } else blankMarkup(node, start, end, blank);
        return;
      case 'containerDirective':
        if (node.name === 'quote') {
          quotes.push(quoteSpan(node.attributes ?? {}, plainText(node), start, end));
          blank(start, end);
        } else {
          // ":::editorial" and its closing fence are markup; the words inside are ours.
          const firstChild = (node as MdastParent).children[0]?.position?.start.offset;
          const lastChild = (node as MdastParent).children.at(-1)?.position?.end.offset;
          if (firstChild !== undefined) blank(start, firstChild);
          if (lastChild !== undefined) blank(lastChild, end);
        }
        return;
      case 'leafDirective':
      case 'html':
      case 'code':
      case 'inlineCode':
        blank(start, end);
        return;
      case 'link':
      case 'linkReference':
        blankMarkup(node, start, end, blank);
        return;
    }
  });
  const refs: SourceRef[] = [];
  for (const match of raw.matchAll(SOURCE_REF)) {
    const ids = match[1]!.split(';').map((id) => id.trim().replace(/^@/, ''));
    refs.push({ ids, start: match.index, end: match.index + match[0].length });
  }
  for (const match of [...raw.matchAll(SOURCE_REF), ...raw.matchAll(HEADING_ID)]) blank(match.index, match.index + match[0].length);
  const text = masked.join('');
  // A quote reported by a source (`by=`) cites that source for the sentence it stands in.
  for (const quote of quotes) if (quote.by) refs.push({ ids: [quote.by], start: quote.start, end: quote.end });
  refs.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text, refs);
  return { entry, file: entry.file, field, lang, collection, raw, text, ...(firstLine !== undefined ? { firstLine } : {}), refs, quotes, sentences };
}

/** Blanks a node's own markup (`:term[`, `]{id=…}`, `](url)`) and keeps the words of its children. */
function blankMarkup(node: MdastNodes, start: number, end: number, blank: (from: number, to: number) => void): void {
  const children = 'children' in node ? (node.children as MdastNodes[]) : [];
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) {
    blank(start, end);
    return;
  }
  blank(start, first);
  blank(last, end);
}

function quoteSpan(attributes: Record<string, string | null | undefined>, text: string, start: number, end: number): QuoteSpan {
  const span: QuoteSpan = { text: text.replace(/\s+/g, ' ').trim(), start, end };
  if (attributes.es) span.translation = attributes.es;
  if (attributes.cite) span.cite = attributes.cite;
  if (attributes.by) span.by = attributes.by;
  return span;
}

const parser = new ParseLatin();

function splitSentences(text: string, refs: SourceRef[]): ProseSentence[] {
  const raw: ProseSentence[] = [];
  const tree = parser.parse(text);
  let paragraph = 0;
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue;
    paragraph++;
    for (const sentence of (node as NlcstParagraph).children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = (sentence as NlcstSentence).position?.start.offset;
      const end = (sentence as NlcstSentence).position?.end.offset;
      if (start === undefined || end === undefined) continue;
      // "No. 25-5181", "90 Fed. Reg.": an abbreviation before a number or a lowercase word ends no sentence.
      const previous = raw.at(-1);
      if (previous && previous.paragraph === paragraph && ABBREVIATION_END.test(text.slice(previous.start, previous.end)) && /^(?:[\p{Ll}\d(]|No\.)/u.test(text.slice(start, end))) {
        previous.end = end;
        continue;
      }
      raw.push({ start, end, paragraph, refs: [] });
    }
  }
  // A table row is one unit: the references in its cells speak for the row.
  const rows: [number, number][] = [];
  for (const match of text.matchAll(/^[ \t]*\|.*$/gm)) rows.push([match.index, match.index + match[0].length]);
  const inRow = (index: number) => rows.find(([from, to]) => index >= from && index < to);
  const sentences: ProseSentence[] = rows.map(([start, end]) => ({ start, end, paragraph: ++paragraph, refs: [] }));
  // Markdown blocks the parser sees as one paragraph (list items, headings) are units of their own.
  for (const sentence of raw) {
    if (inRow(sentence.start)) continue;
    let start = sentence.start;
    const pattern = /\n(?=[ \t]*(?:\||[-*+][ \t]|\d+\.[ \t]|#))/g;
    pattern.lastIndex = start;
    for (let match = pattern.exec(text); match && match.index < sentence.end; match = pattern.exec(text)) {
      if (text.slice(start, match.index).trim()) sentences.push({ start, end: match.index, paragraph: ++paragraph, refs: [] });
      start = match.index + 1;
    }
    sentences.push({ start, end: sentence.end, paragraph: start === sentence.start ? sentence.paragraph : ++paragraph, refs: [] });
  }
  sentences.sort((a, b) => a.start - b.start);
  // A reference belongs to the sentence it stands in, or to the one it follows.
  for (const ref of refs) {
    let owner: ProseSentence | undefined;
    for (const sentence of sentences) if (sentence.start <= ref.start) owner = sentence;
    owner?.refs.push(...ref.ids);
  }
  return sentences;
}

const ABBREVIATION_END = /(?:^|[^\p{L}])(?:No|Nos|Fed|Reg|Stat|Pub|L|Cir|Sec|Dkt|ECF|n\.º|núm|art|v|vs|pp?)\.\s*$/u;

/** The sentence a character belongs to (or the last one before it). */
export function sentenceAt(prose: ProseText, index: number): ProseSentence | undefined {
  let found: ProseSentence | undefined;
  for (const sentence of prose.sentences) {
    if (sentence.start <= index) found = sentence;
    else break;
  }
  return found;
}

/** The sentence's words as a reader sees them: quotes shown as "…", spacing collapsed. */
export function sentenceText(prose: ProseText, sentence: ProseSentence): string {
  return squeeze(prose.text.slice(sentence.start, sentence.end));
}

export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The file line of a character, where the text has lines. */
export function lineOf(prose: ProseText, index: number): number | undefined {
  if (prose.firstLine === undefined) return undefined;
  let line = prose.firstLine;
  for (let i = prose.raw.indexOf('\n'); i !== -1 && i < index; i = prose.raw.indexOf('\n', i + 1)) line++;
  return line;
}

/** A ContentProblem's location fields for a character of a prose text. */
export function at(prose: ProseText, index: number): { file: string; field: string; line?: number } {
  const line = lineOf(prose, index);
  return { file: prose.file, field: prose.field, ...(line ? { line } : {}) };
}
