import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildSite, type Site } from '@/lib/content/site';
import { leadSentences } from '@/lib/markdown/lead';
import { parseMarkdown } from '@/lib/markdown/parse';
import { NoteNumbers, renderMarkdown } from '@/lib/markdown/render';

const lead = (markdown: string, maxChars?: number) =>
  toString({ type: 'paragraph', children: leadSentences(parseMarkdown(markdown), maxChars) });

describe('the opening of a definition', () => {
  it('does not end a sentence at an abbreviation', () => {
    expect(
      lead(
        'A number for people who must file U.S. taxes [@a]. The appeal went to the D.C. Circuit [@b]. A third sentence [@c].',
      ),
    ).toBe('A number for people who must file U.S. taxes. The appeal went to the D.C. Circuit.');
  });

  it('keeps only the first sentence when two would be too long for a popover', () => {
    expect(lead('First sentence, fairly long [@a]. Second sentence [@b].', 40)).toBe(
      'First sentence, fairly long.',
    );
  });

  it('ends a sentence after a quote, and drops the source references', () => {
    expect(lead('Called :q[a narrow issue]{by="a"}. Then more [@a; @b].')).toBe(
      'Called a narrow issue. Then more.',
    );
  });
});

const english = buildSite(path.resolve('content'));

/** The text of the popover a page shows for the glossary term `termId`. */
function popoverText(site: Site, termId: string): string {
  const term = site.terms.get(termId)!;
  const markup = renderToStaticMarkup(
    <>
      {renderMarkdown(parseMarkdown(`:term[${term.data.term}]{id="${termId}"}`), {
        site,
        notes: new NoteNumbers(),
      })}
    </>,
  );
  const popover =
    /<span id="def-[^"]+" popover="auto" class="term-popover">(.*?)<\/span><\/span>/s.exec(markup);
  expect(popover, `popover for ${termId}`).not.toBeNull();
  return popover![1]!.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
}

describe('glossary popovers on the published site', () => {
  it('show the ITIN definition from its beginning, not from a split "U.S."', () => {
    expect(popoverText(english.site, 'itin')).toBe(
      "Individual Taxpayer Identification Number: A tax number the IRS created in 1996 for people who must file U.S. taxes but cannot get a Social Security number. An ITIN does not show a person's immigration status. Glossary entry",
    );
  });

  it('keep a statute quote a quote, with its citation, in both languages', () => {
    expect(popoverText(english.site, 'taxpayer-identity')).toContain(
      'Defined in § 6103(b)(6) as the name of a person with respect to whom a return is filed, his mailing address, his taxpayer identifying number (as described in section 6109), or a combination thereof (26 U.S.C. § 6103(b)(6)).',
    );
    const spanish = popoverText(english.spanish, 'taxpayer-identity');
    expect(spanish).toContain('Se define en el § 6103(b)(6) como the name of a person');
    expect(spanish).toContain('[traducción no oficial: «el nombre de una persona');
  });

  for (const [locale, site] of [
    ['en', english.site],
    ['es', english.spanish],
  ] as const) {
    it(`start every ${locale} definition at its first word and end at a sentence end`, () => {
      for (const [id, term] of site.terms) {
        const text = popoverText(site, id);
        const definition = toString(term.tree).trim();
        const firstWords = definition.split(/\s+/).slice(0, 3).join(' ');
        expect(text, id).toContain(`${term.data.term}: ${firstWords}`);
        expect(text, id).toMatch(
          /[.!?»)]\s*(\[[^\]]*\])?\s*(\([^)]*\))?\.? ?(Glossary entry|Entrada del glosario)$/,
        );
        expect(text, id).not.toMatch(/\s[.,;]|[^.]\.\.(?!\.)/);
      }
    });
  }
});
