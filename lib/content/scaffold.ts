/**
 * `npm run new -- <kind> <id>`: the files an editor fills in to add an event, a source, a glossary
 * term or a change entry. Every required field is present and blank, with a one-line comment, so
 * `npm run check:content` names each blank until it is filled; the body is a comment that the check
 * rejects (raw HTML) until it is replaced with words. Where the Spanish edition needs a counterpart,
 * it is written too.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SCAFFOLD_KINDS = ['event', 'source', 'term', 'change'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

interface Field {
  /** The YAML line as written, e.g. `title: ""`. */
  line: string;
  comment: string;
}

interface Template {
  /** Folder under content/ (and under content/es/ for the Spanish file). */
  folder: string;
  fields: (id: string) => Field[];
  body: string;
  /** The Spanish counterpart, when the edition requires one. */
  spanish?: { fields: (id: string) => Field[]; body: string };
}

const DATED_ID = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-[a-z0-9]/;

/** The date an id starts with (`2026-12-04-court-rules` → `2026-12-04`). */
function idDate(id: string): string {
  return DATED_ID.exec(id)?.[1] ?? '';
}

export const TEMPLATES: Record<ScaffoldKind, Template> = {
  event: {
    folder: 'timeline',
    fields: (id) => [
      { line: `date: "${idDate(id)}"`, comment: 'YYYY-MM-DD, or YYYY-MM / YYYY when the sources give no day; the file name starts with it' },
      { line: 'precision:', comment: 'day | month | year | approximate (never invent a day the sources do not give)' },
      { line: '# dateText: ""', comment: 'only when precision is approximate: "mid-February 2025"' },
      { line: 'title: ""', comment: 'short and neutral: "Judge … denies …"' },
      { line: 'thread:', comment: 'litigation | agency | data | congress | law | executive' },
      { line: 'tags: []', comment: 'pages that embed it: ruling, appeal, agreement, related-cases, law (may stay empty)' },
      { line: 'sources: []', comment: 'at least one id from content/sources/ (npm run new -- source <id> to add one)' },
    ],
    body: 'One to three sentences in our words, each claim followed by its [@source-id].',
    spanish: {
      fields: () => [
        { line: 'title: ""', comment: 'the Spanish title, short and neutral' },
        { line: '# dateText: ""', comment: 'only when the English event has one: "mediados de febrero de 2025"' },
      ],
      body: 'The same sentences in Spanish, with the same [@source-id] references (see CONTRIBUTING.md, "The Spanish edition").',
    },
  },
  source: {
    folder: 'sources',
    fields: () => [
      { line: 'title: ""', comment: "the source's own title, or our neutral description of it (then titleIsOurs: true)" },
      { line: 'titleIsOurs: false', comment: 'true when the fact base gives no title and the title above is ours' },
      { line: 'publisher: ""', comment: 'the outlet, court or agency, as the fact base names it' },
      { line: '# via: ""', comment: 'optional: where a republished copy was read, e.g. "republished by WBHM"' },
      { line: 'url:', comment: 'the address of the copy that was read, from the fact base (one source file per URL)' },
      { line: '# date: ""', comment: 'optional: publication date YYYY-MM-DD, only when the fact base gives it' },
      { line: 'kind:', comment: 'primary (statute, court record, government document) | secondary (news, commentary)' },
      { line: 'confidence:', comment: 'verified-in-primary | verified-in-secondary | weak, as the fact base rates it' },
      { line: 'facts: []', comment: 'optional: the fact-base entries it backs, e.g. [F19, F23]' },
    ],
    body: '',
  },
  term: {
    folder: 'glossary',
    fields: () => [
      { line: 'term: ""', comment: 'the term as readers meet it, e.g. "taxpayer identity"' },
      { line: 'aliases: []', comment: 'other forms used on pages (matched by :term[…]), e.g. ["identity"]' },
      { line: '# statute: ""', comment: 'optional: the provision that defines it, slug#subsection, e.g. "26-usc-6103#b_6"' },
      { line: 'sources: []', comment: 'at least one source id, unless statute is given' },
      { line: 'related: []', comment: 'optional: other glossary ids' },
    ],
    body: 'A plain-language definition in one to three sentences, each ending with its [@source-id].',
    spanish: {
      fields: () => [
        { line: 'term: ""', comment: 'the Spanish term a reader should learn' },
        { line: 'aliases: []', comment: 'other Spanish forms used on pages (plurals, short forms)' },
      ],
      body: 'The definition in Spanish, with the same [@source-id] references.',
    },
  },
  change: {
    folder: 'changes',
    fields: (id) => [
      { line: 'title: ""', comment: 'what changed, in a few words: "The D.C. Circuit\'s ruling added"' },
      { line: `date: "${idDate(id)}"`, comment: 'the day the change is published; the file name starts with it' },
      { line: 'kind:', comment: 'addition | correction | update (a fix to a published fact is a correction)' },
      { line: 'pages: []', comment: 'site paths it touches, e.g. ["/ruling/", "/"]; each page lists it in its history' },
    ],
    body: 'One or two sentences: what changed and why; for a correction, what the page said before.',
    spanish: {
      fields: () => [{ line: 'title: ""', comment: 'what changed, in Spanish' }],
      body: 'The same note in Spanish.',
    },
  },
};

export interface ScaffoldedFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

/** The files `npm run new` writes for one entry, or an error message a writer can act on. */
export function scaffold(kind: string, id: string): ScaffoldedFile[] | string {
  if (!(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
    return `Unknown kind "${kind}": use one of ${SCAFFOLD_KINDS.join(', ')}`;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return `Invalid id "${id}": use lowercase a-z, 0-9 and single hyphens (the id is a public URL)`;
  }
  if ((kind === 'event' || kind === 'change') && !idDate(id)) {
    return `A${kind === 'event' ? 'n event' : ' change'} id starts with its date: e.g. 2026-12-04-${id}`;
  }
  const template = TEMPLATES[kind as ScaffoldKind];
  const files: ScaffoldedFile[] = [{ path: `${template.folder}/${id}.md`, text: render(template.fields(id), template.body) }];
  if (template.spanish) {
    files.push({ path: `es/${template.folder}/${id}.md`, text: render(template.spanish.fields(id), template.spanish.body) });
  }
  return files;
}

function render(fields: Field[], body: string): string {
  const width = Math.max(...fields.map((f) => f.line.length)) + 2;
  const lines = fields.map((f) => `${f.line.padEnd(width)}# ${f.comment}`);
  const placeholder = body ? `<!-- Replace this comment: ${body} -->\n` : '';
  return `---\n${lines.join('\n')}\n---\n${placeholder}`;
}

/** Writes the files under `contentRoot`, refusing to overwrite any that exist. */
export function writeScaffold(contentRoot: string, files: ScaffoldedFile[]): string | undefined {
  const existing = files.filter((f) => fs.existsSync(path.join(contentRoot, f.path)));
  if (existing.length) return `Already exists: ${existing.map((f) => f.path).join(', ')} (ids are public: pick another)`;
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(contentRoot, file.path)), { recursive: true });
    fs.writeFileSync(path.join(contentRoot, file.path), file.text);
  }
  return undefined;
}
