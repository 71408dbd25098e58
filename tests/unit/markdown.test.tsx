import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/markdown/parse';
import { NoteNumbers, renderMarkdown } from '@/lib/markdown/render';
import { siteWith } from './helpers';

const { site } = siteWith();
const html = (markdown: string, notes = new NoteNumbers()) =>
  renderToStaticMarkup(<>{renderMarkdown(parseMarkdown(markdown), { site, notes })}</>);

describe('rendering Markdown', () => {
  it('gives headings GitHub-style ids, or the explicit {#id}', () => {
    expect(html('## What the court held\n\n## Taxpayer identity {#identity}')).toBe(
      '<h2 id="what-the-court-held">What the court held</h2>\n<h2 id="identity">Taxpayer identity</h2>',
    );
  });

  it('numbers source references in order of first use, with a back-link target', () => {
    const notes = new NoteNumbers();
    const out = html(
      'One [@upi-2025-05-12-pi-denied]. Two [@olrc-26-usc-6103; @upi-2025-05-12-pi-denied].',
      notes,
    );
    expect(out).toContain(
      '<a href="#note-upi-2025-05-12-pi-denied" id="cite-upi-2025-05-12-pi-denied-1" class="cite-ref" aria-label="Source 1: UPI">[1]</a>',
    );
    expect(out).toContain('id="cite-olrc-26-usc-6103-1"');
    expect(out).toContain('id="cite-upi-2025-05-12-pi-denied-2"');
    expect(notes.list()).toEqual([
      { id: 'upi-2025-05-12-pi-denied', n: 1, uses: 2 },
      { id: 'olrc-26-usc-6103', n: 2, uses: 1 },
    ]);
  });

  it('links glossary terms and attributes quotes', () => {
    const out = html(
      ':term[taxpayer identity] and :q[a narrow legal issue]{by="upi-2025-05-12-pi-denied"} and :q[shall not be treated]{cite="26-usc-6103#i_2_C"}',
    );
    expect(out).toContain(
      '<a href="/glossary/#taxpayer-identity" class="term" data-term="taxpayer-identity">taxpayer identity</a>',
    );
    expect(out).toContain(
      '<q id="q-a-narrow-legal-issue" class="quote-inline" data-q="by" data-by="upi-2025-05-12-pi-denied">a narrow legal issue</q> (<span class="quote-attribution">as reported by UPI',
    );
    expect(out).toContain('<a href="/law/26-usc-6103/#i_2_C">26 U.S.C. § 6103(i)(2)(C)</a>');
    // Who said each quotation, for "Copy as quotation": the statute subsection and its official copy.
    expect(out).toContain(
      'data-q="cite" data-cite="26 U.S.C. § 6103(i)(2)(C)" data-official="https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section6103&amp;num=0&amp;edition=prelim#substructure-location_i_2_C"',
    );
  });

  it('never lets raw HTML, scripts, handlers or javascript: links through', () => {
    const out = html(
      '<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> and <iframe src="https://example.com"></iframe> and [link](javascript:alert(1)).',
    );
    expect(out).not.toMatch(/<script|onerror|<iframe|javascript:/i);
    expect(out).toContain('<a>link</a>');
  });
});
