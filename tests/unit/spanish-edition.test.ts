import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { termKey } from '@/lib/content/check-translations';
import { counterpartPath, englishPath, localizePath } from '@/lib/i18n/locale';
import { siteWith } from './helpers';

/** The valid fixture with one Spanish file rewritten (or removed) by `change`. */
function spanishWith(file: string, change: (text: string) => string | null) {
  return siteWith(undefined, (content) => {
    const target = path.join(content, 'es', file);
    const next = change(fs.readFileSync(target, 'utf8'));
    if (next === null) fs.rmSync(target);
    else fs.writeFileSync(target, next);
  });
}

function only(problems: { file: string; field: string; message: string }[]) {
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('the Spanish edition', () => {
  it('builds the same entries with Spanish words and /es/ routes', () => {
    const { spanish, problems } = siteWith();
    expect(problems).toEqual([]);
    const home = spanish.pages.get('home')!;
    expect(home.route).toBe('/es/');
    expect(home.data.title).toBe('Inicio de prueba');
    expect(home.data.lang).toBe('es');
    expect(spanish.terms.get('taxpayer-identity')?.data.term).toBe('identidad del contribuyente');
    expect(spanish.terms.get('taxpayer-identity')?.english).toBe('taxpayer identity');
    // Facts stay the English file's: the event keeps its date and sources.
    const event = spanish.events.find((e) => e.id === '2025-02-ice-asks-irs')!;
    expect(event.data.date).toBe('2025-02');
    expect(event.data.dateText).toBe('mediados de febrero de 2025');
    expect(spanish.anchors.get('/es/')).toEqual(spanish.anchors.get('/'));
  });

  it('fails when an English entry has no Spanish counterpart', () => {
    const { problems } = spanishWith('timeline/2025-06-ice-request.md', () => null);
    const problem = only(problems);
    expect(problem.file).toBe('content/es/timeline/2025-06-ice-request.md');
    expect(problem.message).toMatch(
      /Missing Spanish counterpart of content\/timeline\/2025-06-ice-request.md/,
    );
  });

  it('fails on a Spanish file with no English counterpart', () => {
    const { problems } = siteWith(undefined, (content) =>
      fs.writeFileSync(
        path.join(content, 'es', 'glossary', 'stay.md'),
        '---\nterm: "suspensión"\n---\nUna pausa.\n',
      ),
    );
    expect(only(problems)).toMatchObject({
      file: 'content/es/glossary/stay.md',
      field: 'file',
      message: expect.stringMatching(/No English counterpart/),
    });
  });

  it('fails when a heading id differs from the English page', () => {
    const { problems } = spanishWith('pages/home.md', (text) =>
      text.replace('{#what-happened}', '{#que-paso}'),
    );
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['content/es/pages/home.md', 'Missing anchor(s) of the English page: #what-happened'],
      ['content/es/pages/home.md', 'anchor(s) not on the English page: #que-paso'],
    ]);
  });

  it('fails when the Spanish page drops a source reference', () => {
    const { problems } = spanishWith('timeline/2025-05-12-pi-denied.md', (text) =>
      text.replace(' [@upi-2025-05-12-pi-denied]', ''),
    );
    expect(only(problems).message).toMatch(
      /Missing source reference\(s\) of the English page: @upi-2025-05-12-pi-denied/,
    );
  });

  it('fails on a quote without its Spanish rendering', () => {
    const { problems } = spanishWith('pages/home.md', (text) => text.replace(/ es="[^"]*"/, ''));
    expect(only(problems)).toMatchObject({
      field: 'body',
      message: expect.stringMatching(/Quote without a Spanish rendering/),
    });
  });

  it('fails on a quote whose English words were changed', () => {
    const { problems } = spanishWith('pages/home.md', (text) =>
      text.replace('shall not be treated', 'is not treated'),
    );
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/Quote not on the English page/);
    expect(messages).toMatch(/Quote not found verbatim/);
  });

  it('fails when a Spanish page uses a term the Spanish glossary does not know', () => {
    const { problems } = spanishWith('pages/home.md', (text) =>
      text.replace(':term[identidad del contribuyente]', ':term[identidad fiscal]'),
    );
    expect(only(problems).message).toMatch(
      /"identidad fiscal" is not in the Spanish glossary entry "taxpayer-identity"/,
    );
  });

  it('reports a stale translation without failing, and refuses a version from the future', () => {
    const stale = spanishWith('pages/home.md', (text) =>
      text.replace('englishVersion: "2026-11-25"', 'englishVersion: "2026-11-01"'),
    );
    expect(stale.problems).toEqual([]);
    expect(stale.stale).toEqual([
      {
        file: 'content/es/pages/home.md',
        englishFile: 'content/pages/home.md',
        englishUpdated: '2026-11-25',
        englishVersion: '2026-11-01',
      },
    ]);
    expect(stale.spanish.pages.get('home')?.translation).toEqual({
      englishVersion: '2026-11-01',
      englishUpdated: '2026-11-25',
    });
    const future = spanishWith('pages/home.md', (text) =>
      text.replace('englishVersion: "2026-11-25"', 'englishVersion: "2026-12-01"'),
    );
    expect(only(future.problems)).toMatchObject({ field: 'englishVersion' });
  });

  it('fails when two Spanish glossary entries share a name', () => {
    const { problems } = spanishWith('glossary/itin.md', (text) =>
      text.replace('term: "ITIN"', 'term: "identidad del contribuyente"'),
    );
    expect(only(problems)).toMatchObject({
      field: 'term',
      message: expect.stringMatching(/"identidad del contribuyente" is already a term or alias/),
    });
  });

  it('fails when statute notes are not at the English subsections', () => {
    const { problems } = spanishWith('statutes/26-usc-6103.md', (text) =>
      text.replace('at: i_2_C', 'at: i_2'),
    );
    expect(only(problems)).toMatchObject({
      field: 'notes',
      message: expect.stringMatching(/the English notes are at \[i_2_C\]/),
    });
  });
});

describe('paths between the editions', () => {
  it('adds and removes the /es prefix, keeping the fragment', () => {
    expect(localizePath('/ruling/#holding', 'es')).toBe('/es/ruling/#holding');
    expect(localizePath('/', 'es')).toBe('/es/');
    expect(englishPath('/es/law/26-usc-6103/#i_2')).toBe('/law/26-usc-6103/#i_2');
    expect(englishPath('/es/')).toBe('/');
    expect(counterpartPath('/es/timeline/')).toBe('/timeline/');
    expect(counterpartPath('/glossary/')).toBe('/es/glossary/');
  });

  it('leaves files and external links alone', () => {
    expect(localizePath('/feed.xml', 'es')).toBe('/feed.xml');
    expect(localizePath('/data/timeline.json', 'es')).toBe('/data/timeline.json');
    expect(localizePath('https://example.org/a/', 'es')).toBe('https://example.org/a/');
  });
});

describe('Spanish term matching', () => {
  it('accepts plurals and missing accents, not other words', () => {
    expect(termKey('Medidas cautelares preliminares')).toBe(termKey('medida cautelar preliminar'));
    expect(termKey('órdenes')).toBe(termKey('orden'));
    expect(termKey('demandantes')).toBe(termKey('demandante'));
    expect(termKey('identidad fiscal')).not.toBe(termKey('identidad del contribuyente'));
  });
});
