/**
 * schema.org JSON-LD for every page: `Article` for explainers, `Legislation` (with one part per
 * subsection) for statute pages, `DefinedTermSet` for the glossary, `BreadcrumbList` wherever
 * the page shows breadcrumbs. Built from the same content as the page, never from other facts.
 */
import type { PageEntry, Site, StatuteEntry } from './content/site';
import { ircCitation, uscCitation } from './citation/bluebook';
import { pageSubject, statuteSubject, type CitationSubject } from './citation/subjects';
import { plainText } from './markdown/parse';
import { answerText, questionSections } from './content/questions';
import { generatedPage, ogImageUrl, type GeneratedPageKey } from './metadata';
import type { Locale } from './i18n/locale';
import { absoluteUrl, SITE_NAME } from './site-config';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}
export interface JsonLdNode extends JsonObject {
  '@type': string;
}
export interface JsonLdDocument extends JsonObject {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

export interface Crumb {
  href: string;
  label: string;
}

export function jsonLdGraph(nodes: JsonLdNode[]): JsonLdDocument {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a <script> element: `<`, `>` and `&` escaped so no text in it can close the element or
 * start markup, and U+2028/2029 escaped for old JavaScript parsers.
 */
export function serializeJsonLd(document: JsonLdDocument): string {
  return JSON.stringify(document).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const publisher = (): JsonLdNode => ({
  '@type': 'Organization',
  '@id': absoluteUrl('/#publisher'),
  name: SITE_NAME,
  url: absoluteUrl('/'),
});
const website = (): JsonLdNode => ({
  '@type': 'WebSite',
  '@id': absoluteUrl('/#website'),
  name: SITE_NAME,
  url: absoluteUrl('/'),
  publisher: { '@id': absoluteUrl('/#publisher') },
});

export function breadcrumbNode(trail: Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  };
}

/** The fields every page of ours shares, for a node describing the page itself. */
function pageFields(subject: CitationSubject): JsonObject {
  return {
    url: subject.url,
    name: subject.title,
    description: subject.description,
    datePublished: subject.published,
    dateModified: subject.updated,
    inLanguage: subject.lang,
    image: ogImageUrl(subject.key),
    publisher: { '@id': absoluteUrl('/#publisher') },
    isPartOf: { '@id': absoluteUrl('/#website') },
  };
}

/** What an explainer is about: the documents it explains and the glossary terms it uses. */
function aboutPage(site: Site, page: PageEntry): JsonLdNode[] {
  const documents = page.data.documents.flatMap((id) => {
    const doc = site.documents.get(id);
    if (!doc) return [];
    return [
      {
        '@type': 'CreativeWork',
        '@id': `${absoluteUrl(page.route)}#document-${doc.id}`,
        name: doc.data.title,
        identifier: doc.data.identifier,
        dateCreated: doc.data.date,
        creator: { '@type': 'Organization', name: doc.data.issuer },
        ...(doc.data.case ? { alternateName: doc.data.case.name } : {}),
      },
    ];
  });
  const termIds = new Set(
    page.analysis.terms
      .map((t) => t.id ?? site.termIndex.get(t.text.toLowerCase()))
      .filter((id) => id !== undefined),
  );
  const terms = [...termIds].flatMap((id) => {
    const term = site.terms.get(id);
    return term
      ? [
          {
            '@type': 'DefinedTerm',
            name: term.data.term,
            url: absoluteUrl(`/glossary/#${id}`),
            termCode: id,
          },
        ]
      : [];
  });
  return [...documents, ...terms];
}

export function articleNode(site: Site, page: PageEntry, sourceIds: string[]): JsonLdNode {
  const subject = pageSubject(page);
  const citation = sourceIds.flatMap((id) => {
    const url = site.sources.get(id)?.data.url;
    return url ? [url] : [];
  });
  const about = aboutPage(site, page);
  return {
    '@type': 'Article',
    '@id': `${subject.url}#article`,
    headline: subject.title,
    ...pageFields(subject),
    mainEntityOfPage: subject.url,
    ...(citation.length ? { citation } : {}),
    ...(about.length ? { about } : {}),
  };
}

export function definedTermSetNode(site: Site, page: PageEntry): JsonLdNode {
  const subject = pageSubject(page);
  const setId = `${subject.url}#terms`;
  const terms = [...site.terms.values()].sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
  );
  return {
    '@type': 'DefinedTermSet',
    '@id': setId,
    ...pageFields(subject),
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': `${subject.url}#${term.id}`,
      name: term.data.term,
      ...(term.data.aliases.length ? { alternateName: term.data.aliases } : {}),
      description: plainText(term.tree).replace(/\s+/g, ' ').trim(),
      url: `${subject.url}#${term.id}`,
      termCode: term.id,
      inDefinedTermSet: { '@id': setId },
    })),
  };
}

/** How a provision is identified: `26 U.S.C. § 6103(i)(2)(C)`, `Exec. Order No. 14159, sec. 1`. */
export function provisionIdentifier(
  statute: StatuteEntry,
  provision: { id: string; pinpoint: string },
): string {
  const { codeTitle, section, instrument, citation } = statute.data;
  if (instrument === 'usc' && codeTitle && section)
    return uscCitation({ title: codeTitle, section }, provision);
  return provision.pinpoint ? `${citation}, ${provision.pinpoint}` : citation;
}

export function legislationNode(statute: StatuteEntry): JsonLdNode {
  const url = absoluteUrl(statute.route);
  const { codeTitle, section, citation } = statute.data;
  const irc = codeTitle && section ? ircCitation({ title: codeTitle, section }) : null;
  return {
    '@type': 'Legislation',
    '@id': `${url}#legislation`,
    name: statute.data.heading,
    legislationIdentifier: citation,
    ...(irc ? { alternateName: irc } : {}),
    legislationType:
      statute.data.instrument === 'usc' ? 'United States Code section' : 'Executive order',
    jurisdiction: { '@type': 'AdministrativeArea', name: 'United States' },
    url,
    sameAs: [statute.data.officialUrl, ...(statute.data.liiUrl ? [statute.data.liiUrl] : [])],
    hasPart: statute.statute.provisions.map((provision) => ({
      '@type': 'Legislation',
      legislationIdentifier: provisionIdentifier(statute, provision),
      url: `${url}#${provision.id}`,
    })),
  };
}

/**
 * A questions page as schema.org FAQPage: each question with its answer in plain text (source
 * notes left out, quotes kept in quotation marks) and the address of its own section.
 */
export function faqPageNode(site: Site, page: PageEntry, sourceIds: string[]): JsonLdNode {
  const subject = pageSubject(page);
  const url = subject.url;
  const citation = sourceIds.flatMap((id) => site.sources.get(id)?.data.url ?? []);
  return {
    '@type': 'FAQPage',
    '@id': `${url}#questions`,
    ...pageFields(subject),
    ...(citation.length ? { citation } : {}),
    mainEntity: questionSections(page.tree).map((section) => ({
      '@type': 'Question',
      '@id': `${url}#${section.id}`,
      name: section.question,
      url: `${url}#${section.id}`,
      acceptedAnswer: { '@type': 'Answer', text: answerText(section), url: `${url}#${section.id}` },
    })),
  };
}

/** JSON-LD of an explainer page; the glossary is a term set and a questions page an FAQPage. */
export function pageJsonLd(
  site: Site,
  page: PageEntry,
  sourceIds: string[],
  trail?: Crumb[],
): JsonLdDocument {
  const main =
    page.id === 'glossary'
      ? definedTermSetNode(site, page)
      : page.data.layout === 'questions'
        ? faqPageNode(site, page, sourceIds)
        : articleNode(site, page, sourceIds);
  return jsonLdGraph([main, publisher(), website(), ...(trail ? [breadcrumbNode(trail)] : [])]);
}

/** JSON-LD of a statute page: the web page, the legislation it reproduces, the breadcrumbs. */
export function statuteJsonLd(statute: StatuteEntry, trail: Crumb[]): JsonLdDocument {
  const subject = statuteSubject(statute);
  const page: JsonLdNode = {
    '@type': 'WebPage',
    '@id': subject.url,
    ...pageFields(subject),
    mainEntity: { '@id': `${subject.url}#legislation` },
  };
  return jsonLdGraph([
    page,
    legislationNode(statute),
    publisher(),
    website(),
    breadcrumbNode(trail),
  ]);
}

/** JSON-LD of a generated page (changes, search): the page and its breadcrumbs. */
export function generatedPageJsonLd(
  key: GeneratedPageKey,
  locale: Locale,
  trail: Crumb[],
): JsonLdDocument {
  const page = generatedPage(key, locale);
  const { route, title, description } = page;
  return jsonLdGraph([
    {
      '@type': 'WebPage',
      '@id': absoluteUrl(route),
      url: absoluteUrl(route),
      name: title,
      description,
      image: ogImageUrl(page.key),
      inLanguage: locale,
      isPartOf: { '@id': absoluteUrl('/#website') },
      publisher: { '@id': absoluteUrl('/#publisher') },
    },
    publisher(),
    website(),
    breadcrumbNode(trail),
  ]);
}
