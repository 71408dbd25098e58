import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatProblems } from '@/lib/content/errors';
import {
  scaffold,
  SCAFFOLD_KINDS,
  TEMPLATES,
  writeScaffold,
  type ScaffoldKind,
} from '@/lib/content/scaffold';
import { COLLECTIONS, ES_COLLECTIONS } from '@/lib/content/schema';
import { siteWith } from './helpers';

const SCHEMAS = {
  event: 'timeline',
  source: 'sources',
  term: 'glossary',
  change: 'changes',
} as const;

/** The keys of a (possibly refined) zod object that a file must give: no default, not optional. */
function requiredKeys(schema: z.ZodType): string[] {
  const def = (
    schema as unknown as {
      def: { shape?: Record<string, z.ZodType>; in?: z.ZodType; schema?: z.ZodType };
    }
  ).def;
  const shape =
    def.shape ??
    (def.in ? (def.in as unknown as { shape: Record<string, z.ZodType> }).shape : undefined);
  return Object.entries(shape ?? {})
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

function files(kind: ScaffoldKind, id: string) {
  const result = scaffold(kind, id);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

const IDS: Record<ScaffoldKind, string> = {
  event: '2025-07-01-new-event',
  source: 'example-new-source',
  term: 'new-term',
  change: '2026-12-04-new-change',
};

/** What an editor types into the blanks, file by file. */
const FILLED: Record<string, [RegExp, string][]> = {
  'timeline/2025-07-01-new-event.md': [
    [/^precision:/m, 'precision: day'],
    [/^title: ""/m, 'title: "A new event in the record"'],
    [/^thread:/m, 'thread: data'],
    [/^sources: \[\]/m, 'sources: [upi-2025-05-12-pi-denied]'],
  ],
  'es/timeline/2025-07-01-new-event.md': [
    [/^title: ""/m, 'title: "Un nuevo hecho del expediente"'],
  ],
  'sources/example-new-source.md': [
    [/^title: ""/m, 'title: "A new report"'],
    [/^publisher: ""/m, 'publisher: "Example News"'],
    [/^url:/m, 'url: https://example.org/new-report'],
    [/^kind:/m, 'kind: secondary'],
    [/^confidence:/m, 'confidence: verified-in-secondary'],
  ],
  'glossary/new-term.md': [
    [/^term: ""/m, 'term: "new term"'],
    [/^sources: \[\]/m, 'sources: [upi-2025-05-12-pi-denied]'],
  ],
  'es/glossary/new-term.md': [[/^term: ""/m, 'term: "término nuevo"']],
  'changes/2026-12-04-new-change.md': [
    [/^title: ""/m, 'title: "A new change"'],
    [/^kind:/m, 'kind: update'],
  ],
  'es/changes/2026-12-04-new-change.md': [[/^title: ""/m, 'title: "Un cambio nuevo"']],
};

const BODY: Record<string, string> = {
  'timeline/2025-07-01-new-event.md': 'Something happened [@upi-2025-05-12-pi-denied].',
  'es/timeline/2025-07-01-new-event.md': 'Algo pasó [@upi-2025-05-12-pi-denied].',
  'glossary/new-term.md': 'A term defined in plain words [@upi-2025-05-12-pi-denied].',
  'es/glossary/new-term.md':
    'Un término definido con palabras sencillas [@upi-2025-05-12-pi-denied].',
  'changes/2026-12-04-new-change.md': 'A page was updated.',
  'es/changes/2026-12-04-new-change.md': 'Se actualizó una página.',
};

function fill(file: { path: string; text: string }): string {
  let text = file.text;
  for (const [blank, value] of FILLED[file.path] ?? []) text = text.replace(blank, value);
  return text.replace(/<!--[\s\S]*?-->\n/, `${BODY[file.path] ?? ''}\n`);
}

describe('npm run new', () => {
  it.each(SCAFFOLD_KINDS)(
    '%s: writes every required field, each with a one-line comment',
    (kind) => {
      const [english, spanish] = files(kind, IDS[kind]);
      const frontmatter = (text: string) => text.split('---\n')[1]!.trimEnd().split('\n');
      const keysOf = (lines: string[]) =>
        lines.filter((l) => !l.startsWith('#')).map((l) => l.split(':')[0]);
      const englishLines = frontmatter(english!.text);
      const required = requiredKeys(COLLECTIONS[SCHEMAS[kind]]);
      expect(required.length).toBeGreaterThanOrEqual(kind === 'term' ? 1 : 3);
      expect(keysOf(englishLines)).toEqual(
        expect.arrayContaining(requiredKeys(COLLECTIONS[SCHEMAS[kind]])),
      );
      for (const line of englishLines) expect(line).toMatch(/\S\s+# \S.*$/);
      if (kind === 'source') {
        expect(spanish).toBeUndefined();
      } else {
        expect(spanish!.path).toBe(`es/${TEMPLATES[kind].folder}/${IDS[kind]}.md`);
        const spanishLines = frontmatter(spanish!.text);
        expect(keysOf(spanishLines)).toEqual(
          expect.arrayContaining(requiredKeys(ES_COLLECTIONS[SCHEMAS[kind]])),
        );
        for (const line of spanishLines) expect(line).toMatch(/\S\s+# \S.*$/);
      }
    },
  );

  it('takes the date of an event or a change from its id', () => {
    expect(files('event', '2026-12-04-court-rules')[0]!.text).toMatch(/^date: "2026-12-04" +#/m);
    expect(files('change', '2026-12-04-correction')[0]!.text).toMatch(/^date: "2026-12-04" +#/m);
  });

  it('refuses unknown kinds, bad ids, undated events and existing files', () => {
    expect(scaffold('statute', 'x')).toMatch(/Unknown kind "statute"/);
    expect(scaffold('term', 'Bad_Id')).toMatch(/Invalid id "Bad_Id"/);
    expect(scaffold('event', 'court-rules')).toMatch(
      /starts with its date: e\.g\. 2026-12-04-court-rules/,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
    expect(writeScaffold(dir, files('term', 'stay'))).toBeUndefined();
    expect(writeScaffold(dir, files('term', 'stay'))).toMatch(/Already exists: glossary\/stay\.md/);
  });

  it('blank files are rejected with the usual messages, naming file and field', () => {
    const all = SCAFFOLD_KINDS.flatMap((kind) => files(kind, IDS[kind]));
    const { problems } = siteWith(undefined, (dir) => writeScaffold(dir, all));
    const fields = (file: string) =>
      problems.filter((p) => p.file === `content/${file}`).map((p) => p.field);
    expect(fields('timeline/2025-07-01-new-event.md')).toEqual(
      expect.arrayContaining(['precision', 'title', 'thread', 'sources']),
    );
    expect(fields('es/timeline/2025-07-01-new-event.md')).toContain('title');
    expect(fields('sources/example-new-source.md')).toEqual(
      expect.arrayContaining(['title', 'publisher', 'url', 'kind', 'confidence']),
    );
    expect(fields('glossary/new-term.md')).toEqual(expect.arrayContaining(['term', 'sources']));
    expect(fields('changes/2026-12-04-new-change.md')).toEqual(
      expect.arrayContaining(['title', 'kind']),
    );
  });

  it('a body still holding the placeholder comment is rejected', () => {
    const event = files('event', IDS.event).map((f) => ({
      ...f,
      text: fill(f).replace(/\n[^\n]*\n$/, '\n<!-- Replace this comment -->\n'),
    }));
    const { problems } = siteWith(undefined, (dir) => writeScaffold(dir, event));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/timeline/2025-07-01-new-event.md',
        message: expect.stringMatching(/Raw HTML is not allowed: <!-- Replace/),
      }),
    );
  });

  it('once the blanks are filled, the check accepts every file', () => {
    const all = SCAFFOLD_KINDS.flatMap((kind) => files(kind, IDS[kind])).map((f) => ({
      ...f,
      text: fill(f),
    }));
    const { problems, site } = siteWith(undefined, (dir) => writeScaffold(dir, all));
    expect(problems, formatProblems(problems, 0)).toEqual([]);
    expect(site.events.map((e) => e.id)).toContain(IDS.event);
    expect(site.terms.has(IDS.term) && site.sources.has(IDS.source)).toBe(true);
  });
});
