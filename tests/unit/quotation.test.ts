import { describe, expect, it } from 'vitest';
import { encodeTerm, occurrences, textDirective } from '@/lib/browser/text-fragment';
import { escapeHtml, fill, type QuoteStyle } from '@/lib/citation/quote-format';
import {
  quoteStyles,
  sectionPinCitations,
  toQuoteTemplate,
  type CreditedQuotation,
  type QuotedSource,
  type QuotedSpeaker,
} from '@/lib/citation/quotation';
import type { CitationSubject } from '@/lib/citation/subjects';

describe('text fragment terms', () => {
  it('percent-encodes the syntax characters -, & and , and everything outside ASCII', () => {
    expect(encodeTerm('taxpayer-data')).toBe('taxpayer%2Ddata');
    expect(encodeTerm('name, address')).toBe('name%2C%20address');
    expect(encodeTerm('Tax & Accounting')).toBe('Tax%20%26%20Accounting');
    expect(encodeTerm('§ 6103(i)(2)')).toBe('%C2%A7%206103(i)(2)');
    expect(encodeTerm('a taxpayer’s “identity”')).toBe(
      'a%20taxpayer%E2%80%99s%20%E2%80%9Cidentity%E2%80%9D',
    );
  });

  it('counts occurrences as browsers match them, ignoring case', () => {
    expect(occurrences('Return information and return information', 'return information')).toBe(2);
    expect(occurrences('nothing here', 'return')).toBe(0);
  });

  const page = 'The court ruled for the agency. Later the court ruled again.';

  it('uses the words themselves for a short selection', () => {
    expect(textDirective(['the agency'], 'The court ruled for', page)).toBe('text=the%20agency');
  });

  it('uses start,end for a long selection', () => {
    const long = 'one two three four five six seven eight nine ten';
    expect(textDirective([long], '', long)).toBe(
      'text=one%20two%20three%20four,seven%20eight%20nine%20ten',
    );
  });

  it('never lets a term run across a source marker, or start with the stop after it', () => {
    expect(textDirective(['the agency ', '. Later the court'], '', page)).toBe(
      'text=the%20agency,Later%20the%20court',
    );
  });

  it('adds words before the selection when its words occur more than once', () => {
    expect(textDirective(['court ruled again'], 'Later the', page)).toBe(
      'text=court%20ruled%20again',
    );
    // "the court ruled" is there twice too (matching ignores case): two words are needed.
    expect(textDirective(['court ruled'], 'Later the', page)).toBe(
      'text=Later%20the-,court%20ruled',
    );
  });
});

describe('quotation templates', () => {
  it('fills slots, escaping values for HTML and leaving unknown slots visible', () => {
    expect(fill('{Q} at {u} {x}', { Q: '“a & b”', u: 'https://x/' })).toBe(
      '“a & b” at https://x/ {x}',
    );
    expect(fill('<p>{Q}</p>', { Q: '<b> & "c"' }, escapeHtml)).toBe(
      '<p>&lt;b&gt; &amp; &quot;c&quot;</p>',
    );
  });

  it('makes the HTML a blockquote, italics kept and every URL a link', () => {
    const [plain, html] = toQuoteTemplate([
      { text: '{Q} (Site)\n' },
      { text: 'Title', italic: true },
      { text: '. https://example.org/a?b=1&c=2.' },
    ]);
    expect(plain).toBe('{Q} (Site)\nTitle. https://example.org/a?b=1&c=2.\n{link}');
    expect(html).toBe(
      '<blockquote><p>{Q} (Site)</p></blockquote><p><i>Title</i>. <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>.</p><p><a href="{link}">{link}</a></p>',
    );
  });
});

/** A fixed page, so the pinned strings do not move with SITE_URL or content dates. */
const subject = (lang: 'en' | 'es'): CitationSubject => ({
  key: lang === 'en' ? 'ruling' : 'es-ruling',
  route: lang === 'en' ? '/ruling/' : '/es/ruling/',
  url: `https://example.org${lang === 'en' ? '' : '/es'}/ruling/`,
  title: lang === 'en' ? "The district court's ruling" : 'El fallo del tribunal de distrito',
  published: '2026-11-25',
  updated: '2026-12-04',
  lang,
  description: '',
});
const SOURCE: QuotedSource = {
  id: 'bloomberglaw-2026-02-24-affirmed',
  title: "Bloomberg Law report on the D.C. Circuit's February 24, 2026 decision",
  titleIsOurs: true,
  publisher: 'Bloomberg Law',
  url: 'https://news.bloomberglaw.com/daily-tax-report/example',
  date: '2026-02-24',
};

/** What the browser does with a style: the pinpoint, then the chosen template. */
function copied(
  style: QuoteStyle,
  kind: 'prose' | 'statute' | 'reported',
  quote: string,
  lang: 'en' | 'es',
  reportedKey = SOURCE.id,
) {
  const [open, close] = lang === 'en' ? ['“', '”'] : ['«', '»'];
  const base = subject(lang).url;
  const slots: Record<string, string> = {
    Q: `${open}${quote}${close}`,
    u: `${base}#holding`,
    h: lang === 'en' ? 'What the court held' : 'Lo que resolvió el tribunal',
    n: '3',
    c: '26 U.S.C. § 6103(i)(2)(A)',
    o: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section6103&num=0&edition=prelim#substructure-location_i_2_A',
    link: `${base}#holding:~:text=example`,
  };
  slots.loc = fill(style.loc, slots);
  const template = kind === 'reported' ? style.reported[reportedKey]! : style[kind];
  return fill(template[0], slots);
}

describe('the four styles, for each kind of speaker', () => {
  for (const lang of ['en', 'es'] as const) {
    const styles = quoteStyles(subject(lang), lang, [SOURCE]);
    const out = (kind: 'prose' | 'statute' | 'reported', quote: string) =>
      Object.fromEntries(styles.map((s) => [s.key, copied(s, kind, quote, lang)]));

    it(`our prose (${lang}): the page, pinpointed to the section and paragraph`, () => {
      const result = out('prose', 'the words');
      expect(result.apa).toMatch(
        lang === 'en'
          ? /\(IRS–ICE Data Case Explained, 2026, What the court held section, para\. 3\)/
          : /\(IRS–ICE Data Case Explained, 2026, sección Lo que resolvió el tribunal, párr\. 3\)/,
      );
      expect(result).toMatchSnapshot();
    });

    it(`statute text (${lang}): the subsection and its official copy, not our page`, () => {
      const result = out('statute', 'personally and directly engaged in');
      for (const text of Object.values(result)) {
        expect(text).toContain('26 U.S.C. § 6103(i)(2)(A)');
        expect(text).toContain('uscode.house.gov');
        expect(text.split('\n').slice(0, -1).join('\n')).not.toContain(
          'IRS–ICE Data Case Explained',
        );
      }
      expect(result).toMatchSnapshot();
    });

    it(`reported words (${lang}): as quoted in the outlet, our description in brackets`, () => {
      const result = out('reported', 'In fact, a court order is not mentioned in the provision.');
      for (const text of Object.values(result)) {
        expect(text).toContain('Bloomberg Law');
        expect(text).toContain('[Bloomberg Law report');
        expect(text).not.toMatch(/\bp\.\s*\d/);
      }
      expect(result).toMatchSnapshot();
    });
  }
});

describe('the Cite panel’s section pin cites', () => {
  it('gives each style’s pin cite of a section, one line each, in both editions', () => {
    const section = { id: 'holding', title: 'What the court held' };
    expect(sectionPinCitations(subject('en'), 'en', section)).toMatchSnapshot();
    expect(
      sectionPinCitations(subject('es'), 'es', {
        id: 'holding',
        title: 'Lo que resolvió el tribunal',
      }),
    ).toMatchSnapshot();
  });
});

/** The three kinds of speaker content/quote-speakers.yaml can name, as quoteDataAttribute resolves them. */
const SPEAKERS: Record<'case' | 'document' | 'person', Record<'en' | 'es', QuotedSpeaker>> = {
  case: {
    en: {
      kind: 'case',
      name: 'Centro de Trabajadores Unidos v. Bessent',
      docket: '1:25-cv-00677',
      court: 'D.D.C.',
      date: '2025-05-12',
    },
    es: {
      kind: 'case',
      name: 'Centro de Trabajadores Unidos v. Bessent',
      docket: '1:25-cv-00677',
      court: 'D.D.C.',
      date: '2025-05-12',
    },
  },
  document: {
    en: {
      kind: 'document',
      issuer:
        'Internal Revenue Service (Department of the Treasury) and Department of Homeland Security',
      title:
        'Memorandum of Understanding for the Exchange of Information for Nontax Criminal Enforcement',
      date: '2025-04-07',
    },
    es: {
      kind: 'document',
      issuer:
        'Internal Revenue Service (Department of the Treasury) and Department of Homeland Security',
      title:
        'Memorandum of Understanding for the Exchange of Information for Nontax Criminal Enforcement',
      date: '2025-04-07',
    },
  },
  person: {
    en: { kind: 'person', person: 'Todd Lyons', role: 'acting ICE Director' },
    es: { kind: 'person', person: 'Todd Lyons', role: 'director interino del ICE' },
  },
};

describe('reported words whose speaker the fact base names', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const kind of ['case', 'document', 'person'] as const) {
      const speaker = SPEAKERS[kind][lang];
      const key = `${SOURCE.id} ${kind}`;
      const credited: CreditedQuotation[] = [{ key, source: SOURCE, speaker }];
      const styles = quoteStyles(subject(lang), lang, [SOURCE], credited);
      const out = Object.fromEntries(
        styles.map((s) => [s.key, copied(s, 'reported', 'the words', lang, key)]),
      ) as Record<'bluebook' | 'apa' | 'mla' | 'chicago', string>;
      const quotedIn =
        lang === 'en'
          ? {
              bluebook: ', as quoted in ',
              apa: ', as cited in ',
              mla: ', qtd. in ',
              chicago: ', quoted in ',
            }
          : {
              bluebook: ', citado en ',
              apa: ', como se citó en ',
              mla: ', cit. en ',
              chicago: ', citado en ',
            };

      it(`${kind} (${lang}): names the speaker first, then “as quoted in” the outlet, with its URL and no page`, () => {
        const named =
          speaker.kind === 'case'
            ? speaker.name
            : speaker.kind === 'document'
              ? speaker.title
              : speaker.person;
        for (const style of STYLE_KEYS) {
          const text = out[style];
          const citation = text.split('\n').slice(0, -1).join('\n');
          expect(citation, style).toContain(named);
          expect(citation.indexOf(named), style).toBeLessThan(citation.indexOf(quotedIn[style]));
          expect(citation, style).toContain(quotedIn[style]);
          expect(citation, style).toContain('Bloomberg Law');
          expect(citation, style).toContain(SOURCE.url);
          expect(citation, style).not.toMatch(/\b(p|pp|at|slip op)\.? ?\d/);
          expect(citation, style).not.toContain('IRS–ICE Data Case Explained');
        }
        if (speaker.kind === 'case')
          for (const style of ['bluebook', 'chicago'] as const)
            expect(out[style]).toContain(
              'Centro de Trabajadores Unidos v. Bessent, No. 1:25-cv-00677 (D.D.C. May 12, 2025)',
            );
        if (speaker.kind === 'person' && speaker.role)
          expect(out.bluebook).toContain(`Todd Lyons, ${speaker.role}${quotedIn.bluebook}`);
        expect(out).toMatchSnapshot();
      });
    }
  }

  it('sets the case name and the document title in italics in the HTML', () => {
    const key = `${SOURCE.id} case`;
    const [style] = quoteStyles(
      subject('en'),
      'en',
      [SOURCE],
      [{ key, source: SOURCE, speaker: SPEAKERS.case.en }],
    );
    expect(style!.reported[key]![1]).toContain('<i>Centro de Trabajadores Unidos v. Bessent</i>');
  });
});

const STYLE_KEYS = ['bluebook', 'apa', 'mla', 'chicago'] as const;

describe('Spanish titles in the Bluebook', () => {
  it('keep their own capitalisation, where an English title is set in headline style', () => {
    const [es] = quoteStyles(subject('es'), 'es', []);
    const [en] = quoteStyles(subject('en'), 'en', []);
    expect(es!.prose[0]).toContain('El fallo del tribunal de distrito,');
    expect(es!.prose[0]).not.toContain('El Fallo Del');
    expect(en!.prose[0]).toContain('The District Court’s Ruling,');
  });
});
