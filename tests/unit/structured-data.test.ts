import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/content/site';
import { highwireTags } from '@/lib/metadata';
import { inlineScriptHashes } from '@/lib/serve/headers';
import { absoluteUrl } from '@/lib/site-config';
import {
  jsonLdGraph,
  pageJsonLd,
  serializeJsonLd,
  statuteJsonLd,
  type JsonLdNode,
} from '@/lib/structured-data';

const { site } = buildSite(path.resolve('content'));
const page = (id: string) => {
  const entry = site.pages.get(id);
  if (!entry) throw new Error(`content/pages/${id}.md is missing`);
  return entry;
};
const ofType = (nodes: JsonLdNode[], type: string) => nodes.find((n) => n['@type'] === type);

describe('JSON-LD', () => {
  it('escapes anything that could end the <script> element', () => {
    const json = serializeJsonLd(
      jsonLdGraph([{ '@type': 'Thing', name: '</script><script>alert(1)</script> & more' }]),
    );
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><script>alert(1)</script> & more');
  });

  it('describes an explainer as an Article with its sources and subjects, and its breadcrumbs', () => {
    const ruling = page('ruling');
    const doc = pageJsonLd(
      site,
      ruling,
      ['upi-2025-05-12-pi-denied'],
      [
        { href: '/', label: 'Home' },
        { href: '/ruling/', label: ruling.data.title },
      ],
    );
    const article = ofType(doc['@graph'], 'Article');
    expect(article).toMatchObject({
      headline: ruling.data.title,
      datePublished: ruling.data.published,
      dateModified: ruling.data.updated,
      url: absoluteUrl('/ruling/'),
      citation: [site.sources.get('upi-2025-05-12-pi-denied')?.data.url],
    });
    expect(article?.about).toContainEqual(
      expect.objectContaining({
        '@type': 'CreativeWork',
        alternateName: 'Centro de Trabajadores Unidos v. Bessent',
      }),
    );
    expect(ofType(doc['@graph'], 'BreadcrumbList')?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: ruling.data.title, item: absoluteUrl('/ruling/') },
    ]);
  });

  it('describes the questions page as an FAQPage: each question, its answer and its address', () => {
    const questions = page('questions');
    const faq = ofType(pageJsonLd(site, questions, [])['@graph'], 'FAQPage');
    const entries = faq?.mainEntity as {
      '@id': string;
      name: string;
      acceptedAnswer: { '@type': string; text: string };
    }[];
    const ids = questions.analysis.headingIds.map((h) => h.id);
    expect(entries.map((q) => q['@id'])).toEqual(ids.map((id) => absoluteUrl(`/questions/#${id}`)));
    const civil = entries.find((q) => q['@id'].endsWith('#civil-enforcement'));
    expect(civil?.name).toBe('May ICE use the data for civil immigration enforcement?');
    // Plain text: no source notes, no "In full" pointer, quotes kept in quotation marks.
    expect(civil?.acceptedAnswer.text).toContain(
      '“the Memorandum only allows sharing information for criminal investigations”',
    );
    for (const q of entries) {
      expect(q.acceptedAnswer.text).not.toMatch(/\[@|In full:| \./);
      expect(q.acceptedAnswer.text.length).toBeGreaterThan(40);
    }
  });

  it('describes the glossary as a DefinedTermSet of every term', () => {
    const set = ofType(pageJsonLd(site, page('glossary'), [])['@graph'], 'DefinedTermSet');
    const terms = set?.hasDefinedTerm as JsonLdNode[];
    expect(terms).toHaveLength(site.terms.size);
    expect(terms.find((t) => t.termCode === 'taxpayer-identity')).toMatchObject({
      '@type': 'DefinedTerm',
      name: 'taxpayer identity',
      url: absoluteUrl('/glossary/#taxpayer-identity'),
    });
  });

  it('describes a statute as Legislation with one part per subsection that exists', () => {
    const statute = site.statutes.get('26-usc-6103');
    if (!statute) throw new Error('content/statutes/26-usc-6103.md is missing');
    const law = ofType(statuteJsonLd(statute, [])['@graph'], 'Legislation');
    expect(law).toMatchObject({
      legislationIdentifier: '26 U.S.C. § 6103',
      alternateName: 'I.R.C. § 6103',
    });
    const parts = law?.hasPart as JsonLdNode[];
    expect(parts).toHaveLength(statute.statute.provisions.length);
    expect(parts).toContainEqual({
      '@type': 'Legislation',
      legislationIdentifier: '26 U.S.C. § 6103(i)(2)(C)',
      url: absoluteUrl('/law/26-usc-6103/#i_2_C'),
    });
  });
});

describe('citation meta tags and the CSP', () => {
  it('gives reference managers title, publisher, dates and URL', () => {
    expect(
      highwireTags({
        key: 'ruling',
        route: '/ruling/',
        url: 'https://example.org/ruling/',
        title: "The district court's ruling",
        published: '2026-11-25',
        updated: '2026-12-01',
        lang: 'en',
        description: '',
      }),
    ).toMatchInlineSnapshot(`
      {
        "citation_date": "2026/12/01",
        "citation_fulltext_html_url": "https://example.org/ruling/",
        "citation_language": "en",
        "citation_public_url": "https://example.org/ruling/",
        "citation_publication_date": "2026/11/25",
        "citation_publisher": "IRS–ICE Data Case Explained",
        "citation_title": "The district court's ruling",
      }
    `);
  });

  it('hashes inline scripts that run, not JSON-LD data', () => {
    const html =
      '<script>console.log(1)</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>';
    expect(inlineScriptHashes(html)).toHaveLength(1);
  });
});
