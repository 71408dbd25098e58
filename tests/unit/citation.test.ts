import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bluebookCase,
  bluebookDate,
  bluebookTitle,
  bluebookWebPage,
  ircCitation,
  uscCitation,
} from '@/lib/citation/bluebook';
import { formatCslText, htmlToParts, CitationFormatError } from '@/lib/citation/csl';
import { toBibtex, toCslJson, toRis } from '@/lib/citation/exports';
import { fillTarget, htmlCitation, plainCitation, toTemplate } from '@/lib/citation/parts';
import { citationsFor, cslRecord, styleRecord } from '@/lib/citation/records';
import { citationSubjects, type CitationSubject } from '@/lib/citation/subjects';
import { documentSchema } from '@/lib/content/schema';
import { buildSite } from '@/lib/content/site';
import { SITE_NAME } from '@/lib/site-config';

const { site } = buildSite(path.resolve('content'));

/** A fixed page, so the pinned strings do not move with SITE_URL or with content dates. */
const RULING: CitationSubject = {
  key: 'ruling',
  route: '/ruling/',
  url: 'https://example.org/ruling/',
  title: "The district court's ruling",
  published: '2026-11-25',
  updated: '2026-11-25',
  lang: 'en',
  description: 'The ruling.',
};

const text = (subject: CitationSubject, fragment?: string) =>
  Object.fromEntries(citationsFor(subject, fragment).map((c) => [c.key, plainCitation(c.parts)]));

describe('Bluebook', () => {
  it('abbreviates months as table T12 does', () => {
    expect(
      ['2025-05-12', '2026-02-24', '2025-06-03', '2025-07-04', '2025-09-01'].map(bluebookDate),
    ).toEqual(['May 12, 2025', 'Feb. 24, 2026', 'June 3, 2025', 'July 4, 2025', 'Sept. 1, 2025']);
    expect(() => bluebookDate('2025-13-01')).toThrow('Not a YYYY-MM-DD date');
  });

  it('capitalises titles by rule 8(a), keeping acronyms and citations as written', () => {
    expect(bluebookTitle("The district court's ruling")).toBe('The District Court’s Ruling');
    expect(bluebookTitle('The IRS–ICE taxpayer-data case, explained')).toBe(
      'The IRS–ICE Taxpayer-Data Case, Explained',
    );
    expect(
      bluebookTitle(
        '26 U.S.C. § 6103: Confidentiality and disclosure of returns and return information',
      ),
    ).toBe('26 U.S.C. § 6103: Confidentiality and Disclosure of Returns and Return Information');
    expect(bluebookTitle('the law: of a case')).toBe('The Law: Of a Case');
  });

  it('cites a page (rule 18): italic title, site, last-updated date, URL', () => {
    const parts = bluebookWebPage({
      title: RULING.title,
      siteName: SITE_NAME,
      updated: '2026-12-01',
      url: 'https://example.org/ruling/',
    });
    expect(parts).toMatchInlineSnapshot(`
      [
        {
          "italic": true,
          "text": "The District Court’s Ruling",
        },
        {
          "text": ", IRS–ICE Data Case Explained (last updated Dec. 1, 2026), https://example.org/ruling/",
        },
      ]
    `);
    expect(htmlCitation(parts)).toMatchInlineSnapshot(
      `"<i>The District Court’s Ruling</i>, IRS–ICE Data Case Explained (last updated Dec. 1, 2026), https://example.org/ruling/"`,
    );
  });

  it('cites the two decisions from their document records, case name in italics, no reporter', () => {
    const decision = (id: string) => {
      const doc = site.documents.get(id);
      if (!doc?.data.case) throw new Error(`content/documents/${id}.md has no case citation`);
      return bluebookCase({ ...doc.data.case, date: doc.data.date });
    };
    expect(decision('district-opinion-2025-05-12')).toMatchInlineSnapshot(`
      [
        {
          "italic": true,
          "text": "Centro de Trabajadores Unidos v. Bessent",
        },
        {
          "text": ", No. 1:25-cv-00677 (D.D.C. May 12, 2025)",
        },
      ]
    `);
    expect(decision('appeal-opinion-2026-02-24')).toMatchInlineSnapshot(`
      [
        {
          "italic": true,
          "text": "Centro de Trabajadores Unidos v. Bessent",
        },
        {
          "text": ", No. 25-5181 (D.C. Cir. Feb. 24, 2026)",
        },
      ]
    `);
    expect(plainCitation(decision('district-opinion-2025-05-12'))).not.toContain('DLF');
  });

  it('cites statutes and subsections in U.S.C. and (title 26 only) I.R.C. form', () => {
    const provision = (slug: string, id: string) => {
      const p = site.statutes.get(slug)?.statute.provisions.find((x) => x.id === id);
      if (!p) throw new Error(`${slug}#${id} is missing`);
      return p;
    };
    const code6103 = { title: 26, section: '6103' };
    expect(uscCitation(code6103, provision('26-usc-6103', 'i_2_C'))).toBe(
      '26 U.S.C. § 6103(i)(2)(C)',
    );
    expect(ircCitation(code6103, provision('26-usc-6103', 'i_2_C'))).toBe('I.R.C. § 6103(i)(2)(C)');
    expect(uscCitation(code6103)).toBe('26 U.S.C. § 6103');
    expect(ircCitation({ title: 26, section: '7213A' }, provision('26-usc-7213a', 'a_1_A'))).toBe(
      'I.R.C. § 7213A(a)(1)(A)',
    );
    expect(uscCitation({ title: 5, section: '706' }, provision('5-usc-706', '2_A'))).toBe(
      '5 U.S.C. § 706(2)(A)',
    );
    expect(ircCitation({ title: 5, section: '706' })).toBeNull();
    expect(uscCitation({ title: 50, section: '21-24' })).toBe('50 U.S.C. §§ 21–24');
    expect(uscCitation({ title: 50, section: '21-24' }, provision('50-usc-21-24', '22'))).toBe(
      '50 U.S.C. § 22',
    );
  });
});

describe('APA 7, MLA 9, Chicago 17 (citation-js)', () => {
  // citeproc compiles each style on first use, which takes seconds on a slow machine.
  beforeAll(() => void citationsFor(RULING), 60_000);

  it('cites a page', () => {
    expect(text(RULING)).toMatchInlineSnapshot(`
      {
        "apa": "IRS–ICE Data Case Explained. (2026, November 25). The district court’s ruling. https://example.org/ruling/",
        "bluebook": "The District Court’s Ruling, IRS–ICE Data Case Explained (last updated Nov. 25, 2026), https://example.org/ruling/",
        "chicago": "IRS–ICE Data Case Explained. “The District Court’s Ruling,” November 25, 2026. https://example.org/ruling/.",
        "mla": "“The District Court’s Ruling.” IRS–ICE Data Case Explained, 25 Nov. 2026, https://example.org/ruling/.",
      }
    `);
  });

  it('cites a section: the same citation with the section URL', () => {
    expect(text(RULING, 'holding')).toMatchInlineSnapshot(`
      {
        "apa": "IRS–ICE Data Case Explained. (2026, November 25). The district court’s ruling. https://example.org/ruling/#holding",
        "bluebook": "The District Court’s Ruling, IRS–ICE Data Case Explained (last updated Nov. 25, 2026), https://example.org/ruling/#holding",
        "chicago": "IRS–ICE Data Case Explained. “The District Court’s Ruling,” November 25, 2026. https://example.org/ruling/#holding.",
        "mla": "“The District Court’s Ruling.” IRS–ICE Data Case Explained, 25 Nov. 2026, https://example.org/ruling/#holding.",
      }
    `);
  });

  it('dates a revised page by its last update', () => {
    expect(text({ ...RULING, updated: '2026-12-01' })).toMatchInlineSnapshot(`
      {
        "apa": "IRS–ICE Data Case Explained. (2026, December 1). The district court’s ruling. https://example.org/ruling/",
        "bluebook": "The District Court’s Ruling, IRS–ICE Data Case Explained (last updated Dec. 1, 2026), https://example.org/ruling/",
        "chicago": "IRS–ICE Data Case Explained. “The District Court’s Ruling,” last modified December 1, 2026. https://example.org/ruling/.",
        "mla": "“The District Court’s Ruling.” IRS–ICE Data Case Explained, 1 Dec. 2026, https://example.org/ruling/.",
      }
    `);
  });

  it('keeps each style’s italics as parts, and they read the same as citation-js’s plain text', () => {
    const citations = citationsFor(RULING);
    expect(
      Object.fromEntries(
        citations.map((c) => [c.key, c.parts.filter((p) => p.italic).map((p) => p.text)]),
      ),
    ).toMatchInlineSnapshot(`
        {
          "apa": [
            "The district court’s ruling",
          ],
          "bluebook": [
            "The District Court’s Ruling",
          ],
          "chicago": [],
          "mla": [
            "IRS–ICE Data Case Explained",
          ],
        }
      `);
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const parts = citations.find((c) => c.key === style)?.parts ?? [];
      expect(plainCitation(parts)).toBe(
        formatCslText(styleRecord(cslRecord(RULING), style, RULING.updated), style),
      );
    }
  });

  it('refuses markup it would lose in a plain-text copy', () => {
    expect(() =>
      htmlToParts('<div data-csl-entry-id="x" class="csl-entry">A <b>bold</b> move</div>'),
    ).toThrow(CitationFormatError);
    expect(
      htmlToParts('<div data-csl-entry-id="x" class="csl-entry">A &#38; <i>B &lt;C&gt;</i></div>'),
    ).toEqual([{ text: 'A & ' }, { text: 'B <C>', italic: true }]);
  });

  it('gives every real section the citation the client builds from the page template', () => {
    for (const subject of citationSubjects(site).filter((s) =>
      ['ruling', '26-usc-6103'].includes(s.key),
    )) {
      const templates = citationsFor(subject).map((c) => ({
        ...c,
        parts: toTemplate(c.parts, subject.url),
      }));
      for (const fragment of ['holding', 'text', 'i_2_C']) {
        const expected = citationsFor(subject, fragment);
        templates.forEach((template, i) => {
          expect(plainCitation(fillTarget(template.parts, `${subject.url}#${fragment}`))).toBe(
            plainCitation(expected[i]?.parts ?? []),
          );
        });
      }
    }
  });
});

describe('citation files', () => {
  const record = cslRecord(RULING);

  it('writes the CSL-JSON record', () => {
    expect(record).toMatchInlineSnapshot(`
      {
        "URL": "https://example.org/ruling/",
        "citation-key": "irsice_ruling",
        "container-title": "IRS–ICE Data Case Explained",
        "id": "ruling",
        "issued": {
          "date-parts": [
            [
              2026,
              11,
              25,
            ],
          ],
        },
        "language": "en",
        "note": "Last updated November 25, 2026",
        "publisher": "IRS–ICE Data Case Explained",
        "title": "The district court's ruling",
        "type": "webpage",
      }
    `);
  });

  it('BibTeX parses back (citation-js) to the same title, date and URL', () => {
    const bib = toBibtex(record);
    expect(bib).toMatchInlineSnapshot(`
      "@misc{irsice_ruling,
      	year = {2026},
      	month = {nov 25},
      	note = {Last updated November 25, 2026},
      	publisher = {IRS--ICE Data Case Explained},
      	title = {The district court's ruling},
      	url = {https://example.org/ruling/},
      }
      "
    `);
    const [back] = new Cite(bib).data;
    expect(back).toMatchObject({ title: record.title, issued: record.issued, URL: record.URL });
  });

  it('RIS has the same title, date and URL', () => {
    const ris = toRis(record);
    expect(ris.split('\r\n')).toMatchInlineSnapshot(`
      [
        "TY  - ELEC",
        "ID  - irsice_ruling",
        "TI  - The district court's ruling",
        "T2  - IRS–ICE Data Case Explained",
        "PB  - IRS–ICE Data Case Explained",
        "PY  - 2026",
        "DA  - 2026/11/25/",
        "UR  - https://example.org/ruling/",
        "LA  - en",
        "N1  - Last updated November 25, 2026",
        "ER  - ",
        "",
      ]
    `);
    const fields = parseRis(ris);
    expect(fields.get('TY')).toEqual(['ELEC']);
    expect(fields.get('TI')).toEqual([record.title]);
    expect(fields.get('DA')).toEqual(['2026/11/25/']);
    expect(fields.get('UR')).toEqual([record.URL]);
  });

  it('CSL-JSON parses back (citation-js) to the same title, date and URL', () => {
    const [back] = new Cite(JSON.parse(toCslJson(record))).data;
    expect(back).toMatchObject({ title: record.title, issued: record.issued, URL: record.URL });
  });
});

describe('document schema: case citations', () => {
  const base = {
    title: 'Opinion',
    issuer: 'U.S. District Court for the District of Columbia',
    date: '2025-05-12',
    identifier: 'D.D.C. No. 1:25-cv-00677',
    officialCopy: { label: 'D.D.C. docket No. 1:25-cv-00677' },
    textHeld: 'none',
    sources: ['upi-2025-05-12-pi-denied'],
  };

  it('accepts a case whose docket and court match the identifier', () => {
    const result = documentSchema.safeParse({
      ...base,
      case: {
        name: 'Centro de Trabajadores Unidos v. Bessent',
        docket: '1:25-cv-00677',
        court: 'D.D.C.',
      },
    });
    expect(result.success).toBe(true);
  });

  it('rejects a docket the identifier does not show', () => {
    const result = documentSchema.safeParse({
      ...base,
      case: {
        name: 'Centro de Trabajadores Unidos v. Bessent',
        docket: '1:25-cv-00677-DLF',
        court: 'D.D.C.',
      },
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'case: case.court and case.docket must appear in identifier "D.D.C. No. 1:25-cv-00677"',
    ]);
  });
});

/** A minimal RIS reader: `TAG  - value` lines into tag → values. */
function parseRis(ris: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const line of ris.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (match) fields.set(match[1]!, [...(fields.get(match[1]!) ?? []), match[2]!]);
  }
  return fields;
}

describe('a Spanish page in the Bluebook', () => {
  it('keeps its title as written: rule 8 title case is for English titles', () => {
    const [bluebook] = citationsFor({
      key: 'es-ruling',
      route: '/es/ruling/',
      url: 'https://example.org/es/ruling/',
      title: 'El fallo del tribunal de distrito',
      published: '2026-11-25',
      updated: '2026-12-04',
      lang: 'es',
      description: '',
    });
    expect(bluebook!.parts[0]).toEqual({ text: 'El fallo del tribunal de distrito', italic: true });
    expect(bluebookTitle('El fallo del tribunal de distrito', 'es')).toBe(
      'El fallo del tribunal de distrito',
    );
  });
});
