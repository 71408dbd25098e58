/**
 * The pages a reader can cite (every explainer and statute page), as the few facts a citation,
 * a share card and the citation meta tags need. No citation-js here: metadata imports this.
 */
import type { PageEntry, Site, StatuteEntry } from '../content/site';
import type { Locale } from '../i18n/locale';
import { absoluteUrl } from '../site-config';

/** What a citation of one of our pages is made of. */
export interface CitationSubject {
  /** File stem of /cite/<key>.bib|.ris|.json and /og/<key>.png: the page id or statute slug (`es-` first for Spanish). */
  key: string;
  /** Site path: "/ruling/". */
  route: string;
  /** Absolute URL of the page, without fragment. */
  url: string;
  /** The title a citation gives: the page title, or "26 U.S.C. § 6103: <heading>" for a statute. */
  title: string;
  /** First published (YYYY-MM-DD). */
  published: string;
  /** Last updated (YYYY-MM-DD). */
  updated: string;
  /** Language tag of the page: "en". */
  lang: string;
  /** One line for cards and descriptions. */
  description: string;
}

/** Downloads and share cards of a Spanish page are its own: `es-ruling`. */
export function subjectKey(id: string, locale: Locale): string {
  return locale === 'es' ? `es-${id}` : id;
}

export function pageSubject(page: PageEntry): CitationSubject {
  return {
    key: subjectKey(page.id, page.data.lang),
    route: page.route,
    url: absoluteUrl(page.route),
    title: page.data.title,
    published: page.data.published,
    updated: page.data.updated,
    lang: page.data.lang,
    description: page.data.summary,
  };
}

export function statuteTitle(statute: StatuteEntry): string {
  return `${statute.data.citation}: ${statute.data.heading}`;
}

export function statuteSubject(statute: StatuteEntry): CitationSubject {
  const spanish = statute.route.startsWith('/es/');
  return {
    key: subjectKey(statute.id, spanish ? 'es' : 'en'),
    route: statute.route,
    url: absoluteUrl(statute.route),
    title: statuteTitle(statute),
    published: statute.data.published,
    updated: statute.data.updated,
    lang: spanish ? 'es' : 'en',
    description: spanish
      ? `El texto oficial, en inglés, de ${statute.data.citation} (${statute.data.heading}), con enlace a cada apartado y notas en español sobre las disposiciones clave del caso IRS–ICE.`
      : `The text of ${statute.data.citation} (${statute.data.heading}), with every subsection linkable and plain-language notes on the provisions the IRS–ICE case turns on.`,
  };
}

/** Every citable page. Throws if a page id and a statute slug would share a download file. */
export function citationSubjects(site: Site): CitationSubject[] {
  const subjects = [
    ...[...site.pages.values()].map(pageSubject),
    ...[...site.statutes.values()].map(statuteSubject),
  ];
  const seen = new Set<string>();
  for (const { key } of subjects) {
    if (seen.has(key))
      throw new Error(
        `Two citable pages share the key "${key}": rename the page or the statute file`,
      );
    seen.add(key);
  }
  return subjects;
}
