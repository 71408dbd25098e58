import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '@/lib/content/errors';
import { FIXTURES, siteWith } from './helpers';

describe('the valid fixture site', () => {
  it('has no problems', () => {
    const { problems, site } = siteWith();
    expect(problems).toEqual([]);
    expect(site.events.map((e) => e.id)).toEqual([
      '2025-02-ice-asks-irs',
      '2025-05-12-pi-denied',
      '2025-06-ice-request',
    ]);
  });
});

/** One defect per fixture: the file, field and message a writer sees. */
const CASES: [fixture: string, file: string, field: string, message: RegExp][] = [
  ['broken-yaml', 'content/timeline/2025-05-12-pi-denied.md', 'frontmatter', /Broken YAML/],
  [
    'missing-field',
    'content/timeline/2025-05-12-pi-denied.md',
    'title',
    /Required field is missing/,
  ],
  [
    'unknown-key',
    'content/timeline/2025-05-12-pi-denied.md',
    'sorces',
    /Unrecognized key \(did you mean "sources"\?\)/,
  ],
  ['bad-date', 'content/timeline/2025-05-12-pi-denied.md', 'date', /Invalid date "May 12th"/],
  ['impossible-date', 'content/pages/home.md', 'published', /No such day "2025-02-30"/],
  [
    'wrong-precision',
    'content/timeline/2025-06-ice-request.md',
    'precision',
    /does not match date "2025-06"/,
  ],
  [
    'approximate-without-text',
    'content/timeline/2025-02-ice-asks-irs.md',
    'dateText',
    /Required when precision is approximate/,
  ],
  ['no-sources', 'content/timeline/2025-06-ice-request.md', 'sources', /at least one source/],
  ['unknown-thread', 'content/timeline/2025-06-ice-request.md', 'thread', /litigation/],
  [
    'file-name-date-mismatch',
    'content/timeline/2025-07-01-ice-request.md',
    'date',
    /does not start with the event date "2025-06"/,
  ],
  [
    'bad-file-name',
    'content/glossary/Taxpayer_ID.md',
    'file',
    /Invalid file name "Taxpayer_ID.md"/,
  ],
  ['missing-frontmatter', 'content/glossary/stay.md', 'frontmatter', /Missing frontmatter/],
  [
    'unknown-source-id',
    'content/pages/home.md',
    'body',
    /Unknown source id "upi-2025-05-13-pi-denied"/,
  ],
  ['unknown-term', 'content/pages/home.md', 'body', /Unknown glossary term "habeas corpus"/],
  [
    'dangling-anchor',
    'content/pages/home.md',
    'body',
    /Dangling anchor: \/law\/26-usc-6103\/#i_9_Z/,
  ],
  [
    'missing-page',
    'content/pages/home.md',
    'body',
    /Link to a page that does not exist: \/ruling-page\//,
  ],
  ['duplicate-heading-id', 'content/pages/home.md', 'body', /Duplicate heading id "what-happened"/],
  ['raw-script', 'content/pages/home.md', 'body', /Raw HTML is not allowed: <script>/],
  ['raw-iframe', 'content/pages/home.md', 'body', /Raw HTML is not allowed: <iframe/],
  [
    'inline-handler',
    'content/pages/home.md',
    'body',
    /Raw HTML is not allowed: <img src="x" onerror/,
  ],
  ['javascript-link', 'content/pages/home.md', 'body', /disallowed scheme: javascript:alert\(1\)/],
  [
    'quote-altered',
    'content/pages/home.md',
    'body',
    /Quote not found verbatim in 26-usc-6103#i_2_C/,
  ],
  ['quote-unattributed', 'content/pages/home.md', 'body', /Quote without attribution/],
  [
    'unsourced-paragraph',
    'content/pages/home.md',
    'body',
    /Factual text without a source: "On May 12, 2025/,
  ],
  ['unknown-directive', 'content/pages/home.md', 'body', /Unknown directive "::video"/],
  ['relative-link', 'content/pages/home.md', 'body', /Relative link "ruling\/"/],
  [
    'duplicate-source-url',
    'content/sources/upi-copy.md',
    'url',
    /Same URL as source "upi-2025-05-12-pi-denied"/,
  ],
  [
    'duplicate-term-name',
    'content/glossary/taxpayer-identity.md',
    'term',
    /"taxpayer identity" is already a term or alias of "identity"/,
  ],
  [
    'question-without-link',
    'content/pages/questions.md',
    'body',
    /The answer to "What did the court rule\?" links to no section that explains it in full/,
  ],
  [
    'stale-status-note',
    'content/pages/home.md',
    'status.asOf',
    /note on \/ is dated 2025-05-12, but the timeline has a newer event it covers: 2025-06 "ICE request for records" \(content\/timeline\/2025-06-ice-request\.md\)/,
  ],
  ['page-shadows-route', 'content/pages/changes.md', 'file', /already builds \/changes\//],
  [
    'unknown-related-term',
    'content/glossary/itin.md',
    'related.0',
    /Unknown glossary term "social-security-numbr"/,
  ],
  [
    'unknown-subsection',
    'content/glossary/return-information.md',
    'statute',
    /No subsection "b_2" in 26 U.S.C. § 6103/,
  ],
  [
    'bad-source-url',
    'content/sources/upi-2025-05-12-pi-denied.md',
    'url',
    /absolute http\(s\) URL/,
  ],
  [
    'termbase-variant',
    'content/es/pages/home.md',
    'body',
    /Termbase: "información de la declaración del contribuyente" is a variant; use "información tributaria del contribuyente" \(taxpayer return information\)/,
  ],
  [
    'hedge-dropped',
    'content/pages/home.md',
    'body',
    /"42,695" without "about".*only gives it as approximate/,
  ],
  ['absolute-word', 'content/pages/home.md', 'body', /Absolute word "every" in our own prose/],
  ['absolute-word-stale', 'content/absolute-words.yaml', '2.excerpt', /Stale justification/],
  [
    'attribution-dropped',
    'content/pages/home.md',
    'body',
    /Attribution: the court found the groups had no standing \(F11\)/,
  ],
  ['forbidden-wording', 'content/pages/home.md', 'body', /said to grant the injunction/],
  [
    'words-apart',
    'content/pages/home.md',
    'body',
    /The preliminary injunction is mentioned without saying it was denied/,
  ],
  [
    'source-lacks-fact',
    'content/pages/home.md',
    'body',
    /Source: "May 12, 2025" belongs to F19, but no source cited for it holds that/,
  ],
  [
    'hedge-inconsistent',
    'content/timeline/2025-05-12-pi-denied.md',
    'body',
    /"13-page" is given bare here and with a hedge in content\/pages\/home\.md:9/,
  ],
  [
    'timeline-title-says-more',
    'content/timeline/2025-05-12-pi-denied.md',
    'title',
    /The title gives "2-hour", which the event's text does not/,
  ],
  [
    'status-older-sources',
    'content/pages/home.md',
    'status.asOf',
    /dated 2025-06-01, but the newest source it cites \(upi-2025-05-12-pi-denied\) is dated 2025-05-12/,
  ],
  [
    'quote-rendered-twice',
    'content/es/timeline/2025-05-12-pi-denied.md',
    'body',
    /is rendered "la identidad del contribuyente no se tratará.*" here but "la identidad de un contribuyente no se considerará.*" in content\/es\/pages\/home\.md:12/,
  ],
  [
    'spanish-unit',
    'content/es/timeline/2025-05-12-pi-denied.md',
    'body',
    /"inciso \(i\)\(2\)": \(i\)\(2\) is a paragraph, which this edition calls "párrafo"/,
  ],
  [
    'termbase-inflection',
    'content/es/timeline/2025-05-12-pi-denied.md',
    'body',
    /Termbase: "prevalecieran" is a variant; use "prosperar"/,
  ],
  [
    'bad-confidence',
    'content/sources/upi-2025-05-12-pi-denied.md',
    'confidence',
    /verified-in-primary/,
  ],
];

CASES.push(
  [
    'quote-speaker-unknown',
    'content/quote-speakers.yaml',
    'q-no-such-quotation-on-any-page',
    /No reported quotation .* has the id "q-no-such-quotation-on-any-page"/,
  ],
  [
    'quote-speaker-unknown',
    'content/quote-speakers.yaml',
    'q-no-such-quotation-on-any-page.document',
    /Unknown document "district-opinion-2025-05-12"/,
  ],
);

describe('each invalid fixture is rejected with a message naming file and field', () => {
  it('covers every fixture folder', () => {
    expect([...new Set(CASES.map(([name]) => name))].sort()).toEqual(
      fs.readdirSync(path.join(FIXTURES, 'invalid')).sort(),
    );
  });

  it.each(CASES)('%s', (fixture, file, field, message) => {
    const { problems } = siteWith(fixture);
    expect(problems.length, formatProblems(problems, 0)).toBeGreaterThan(0);
    expect(problems).toContainEqual(
      expect.objectContaining({ file, field, message: expect.stringMatching(message) }),
    );
  });
});

describe('a "where this stands" note stays current with what it covers', () => {
  const STALE = 'stale-status-note';
  const setCovers = (covers: string) => (dir: string) => {
    const file = path.join(dir, 'pages', 'home.md');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(/covers: .*/, `covers: ${covers}`),
    );
  };
  const currencyProblems = (covers: string) =>
    siteWith(STALE, setCovers(covers)).problems.filter((p) => p.field.startsWith('status.'));

  it('passes when nothing it covers is newer than the note', () => {
    expect(currencyProblems('{ tags: [ruling] }')).toEqual([]);
  });

  it('fails on a newer event in a covered tag, as on a covered thread', () => {
    expect(currencyProblems('{ threads: [data] }')).toHaveLength(1);
    expect(currencyProblems('{ threads: [litigation], tags: [ruling] }')).toEqual([]);
  });

  it('counts a month-only event from the first of its month, never from a guessed day', () => {
    const { problems } = siteWith(STALE, (dir) => {
      setCovers('{ threads: [data] }')(dir);
      const file = path.join(dir, 'pages', 'home.md');
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8').replace('asOf: "2025-05-12"', 'asOf: "2025-06-01"'),
      );
    });
    // Only the currency rule speaks here (the note's own sources are checked by the status-sources rule).
    expect(
      problems.filter((p) => p.field === 'status.asOf' && /newer event/.test(p.message)),
    ).toEqual([]);
  });

  it('requires the page to declare what the note covers', () => {
    const missing = siteWith(STALE, (dir) => {
      const file = path.join(dir, 'pages', 'home.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/ {2}covers: .*\n/, ''));
    }).problems;
    expect(missing).toContainEqual(
      expect.objectContaining({ field: 'status.covers', message: 'Required field is missing' }),
    );
    expect(currencyProblems('{ tags: [rulings] }')).toContainEqual(
      expect.objectContaining({
        field: 'status.covers.tags.0',
        message: 'No timeline event has the tag "rulings"',
      }),
    );
  });
});

describe('a questions page', () => {
  it('needs a stable id and a source for each question, besides the link to the full section', () => {
    const { problems } = siteWith('question-without-link');
    const messages = problems
      .filter((p) => p.file === 'content/pages/questions.md')
      .map((p) => p.message);
    expect(messages).toEqual([
      'The answer to "What did the court rule?" links to no section that explains it in full',
      'Question "Does the law allow it?" has no explicit id',
      'The answer to "Does the law allow it?" cites no source',
    ]);
  });
});

describe('files that are not text', () => {
  it('rejects binary data', () => {
    const { problems } = siteWith(undefined, (dir) =>
      fs.writeFileSync(
        path.join(dir, 'glossary', 'blob.md'),
        Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]),
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/glossary/blob.md',
        message: expect.stringMatching(/NUL bytes/),
      }),
    );
  });

  it('rejects a file in another encoding', () => {
    const latin1 = Buffer.from(
      '---\nterm: "caf\xe9"\nsources: [olrc-26-usc-6103]\n---\nA definition.\n',
      'latin1',
    );
    const { problems } = siteWith(undefined, (dir) =>
      fs.writeFileSync(path.join(dir, 'glossary', 'cafe.md'), latin1),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/glossary/cafe.md',
        message: 'File is not valid UTF-8',
      }),
    );
  });

  it('rejects a huge file', () => {
    const huge = `---\nterm: "huge"\nsources: [olrc-26-usc-6103]\n---\n${'A definition. '.repeat(40_000)}`;
    const { problems } = siteWith(undefined, (dir) =>
      fs.writeFileSync(path.join(dir, 'glossary', 'huge.md'), huge),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/glossary/huge.md',
        message: expect.stringMatching(/over the 400 KiB limit/),
      }),
    );
  });
});

describe('the report a writer reads', () => {
  it('lists every problem at once, grouped by file, with the fix', () => {
    const { problems, site } = siteWith('unknown-key');
    expect(formatProblems(problems, site.fileCount)).toMatchInlineSnapshot(`
      "✖ content/es/pages/home.md
          body (line 14) Dangling anchor: /timeline/#2025-05-12-pi-denied (no element with id "2025-05-12-pi-denied" on /timeline/)
                       → Link to an id that exists on that page
      ✖ content/pages/home.md
          body (line 13) Dangling anchor: /timeline/#2025-05-12-pi-denied (no element with id "2025-05-12-pi-denied" on /timeline/)
                       → Link to an id that exists on that page
      ✖ content/timeline/2025-05-12-pi-denied.md
          sorces       Unrecognized key (did you mean "sources"?)
                       → Known keys: date, precision, dateText, title, thread, tags, sources
      3 of 28 files invalid."
    `);
  });
});

describe('the Spanish termbase', () => {
  const withSpanishHome = (sentence: string) =>
    siteWith(undefined, (dir) => {
      const file = path.join(dir, 'es', 'pages', 'home.md');
      fs.writeFileSync(
        file,
        fs
          .readFileSync(file, 'utf8')
          .replace(
            'Lea la [disposición]',
            `${sentence} [@upi-2025-05-12-pi-denied]\n\nLea la [disposición]`,
          ),
      );
    });

  it('names the line and the reason, and finds a variant broken across lines', () => {
    const { problems } = withSpanishHome('Falta la legitimación\nprocesal.');
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/es/pages/home.md',
        line: 14,
        message: expect.stringMatching(
          /"legitimación procesal" is a variant; use "legitimación activa"/,
        ),
        fix: 'Standing is not the capacity to act in court.',
      }),
    );
  });

  it('accepts the terms and words that merely contain a variant (the valid site quotes the English statute)', () => {
    const { problems } = withSpanishHome(
      'Hay legitimación activa; la deslegitimación procesalmente es otra cosa; la información tributaria del contribuyente.',
    );
    expect(problems).toEqual([]);
  });

  it('rejects a termbase whose variant would match a term, or whose term differs from the glossary', () => {
    const { problems } = siteWith(undefined, (dir) =>
      fs.writeFileSync(
        path.join(dir, 'es', 'termbase.yaml'),
        '- concept: "return information"\n  glossary: return-information\n  term: "información de declaraciones"\n  variants: ["de declaraciones"]\n  why: "A bad entry."\n',
      ),
    );
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/not the term of content\/es\/glossary\/return-information.md/),
        expect.stringMatching(/Variant "de declaraciones" occurs inside the term/),
      ]),
    );
  });
});

describe('numbers the fact base gives only as approximate', () => {
  const withEnglishHome = (sentence: string) =>
    siteWith(undefined, (dir) => {
      const file = path.join(dir, 'pages', 'home.md');
      fs.writeFileSync(
        file,
        fs
          .readFileSync(file, 'utf8')
          .replace(
            'Read the [provision]',
            `${sentence} [@upi-2025-05-12-pi-denied]\n\nRead the [provision]`,
          ),
      );
    });

  it('accepts them with a hedge in either language, however emphasised', () => {
    const { problems } = withEnglishHome(
      'About **42,695** times; approximately 42,695; roughly 47,000 people; unas 47,300; a memorandum of about 16 pages; about $9.5 billion; 147,000 and 42,6950 are other numbers.',
    );
    expect(problems).toEqual([]);
  });

  it('rejects them bare, naming the fact that hedges them', () => {
    const { problems } = withEnglishHome('The 16-page opinion.');
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/pages/home.md',
        message: expect.stringMatching(/"16-page" without/),
        fix: expect.stringMatching(/F19/),
      }),
    );
  });
});

describe('absolute words in our own prose', () => {
  const withEnglishHome = (sentence: string) =>
    siteWith(undefined, (dir) => {
      const file = path.join(dir, 'pages', 'home.md');
      fs.writeFileSync(
        file,
        fs
          .readFileSync(file, 'utf8')
          .replace(
            'Read the [provision]',
            `${sentence} [@upi-2025-05-12-pi-denied]\n\nRead the [provision]`,
          ),
      );
    });
  const absolute = (sentence: string) =>
    withEnglishHome(sentence).problems.filter((p) => p.message.startsWith('Absolute word'));

  it('passes a justified word, a hedged one, a negated "any" and a quotation', () => {
    expect(siteWith().problems).toEqual([]);
    expect(
      absolute(
        'The court did not release any records; the order was almost entirely sealed, and the statute says :q[shall not be treated as taxpayer return information]{cite="26-usc-6103#i_2_C"} for all purposes.',
      ).map((p) => p.message),
    ).toEqual([expect.stringMatching(/"all"/)]);
  });

  it('names the sentence and offers the entry to add', () => {
    const [problem] = absolute('Only the plaintiffs appealed.');
    expect(problem).toMatchObject({
      file: 'content/pages/home.md',
      line: 13,
      message: 'Absolute word "Only" in our own prose: "Only the plaintiffs appealed."',
    });
    expect(problem?.fix).toMatch(
      /file: pages\/home\.md, excerpt: "[^"]*Only the plaintiffs appealed\."/,
    );
  });
});

describe('Spanish variants in their inflected forms', () => {
  it('a stem variant matches every ending, and only whole words', () => {
    const { problems } = siteWith(undefined, (dir) => {
      const file = path.join(dir, 'es', 'pages', 'home.md');
      fs.writeFileSync(
        file,
        fs
          .readFileSync(file, 'utf8')
          .replace(
            'Lea la [disposición]',
            'No podían prevalecer ni prevalecerán; la palabra desprevalecer no existe [@upi-2025-05-12-pi-denied].\n\nLea la [disposición]',
          ),
      );
    });
    expect(problems.filter((p) => p.message.startsWith('Termbase')).map((p) => p.message)).toEqual([
      expect.stringMatching(/"prevalecer" is a variant/),
      expect.stringMatching(/"prevalecerán" is a variant/),
    ]);
  });
});
