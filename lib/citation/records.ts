/**
 * One CSL-JSON record per citable page (every explainer and statute page) and per section, and
 * the page's citation in each style. The record is what the downloads carry; the styles follow
 * each manual's rule for a web page whose site is also its publisher.
 */
import type { CSL } from '@citation-js/core';
import { formatDate } from '../dates';
import { SITE_NAME } from '../site-config';
import { bluebookWebPage } from './bluebook';
import { formatCsl, CSL_STYLES, type CslStyle } from './csl';
import type { StyledCitation } from './parts';
import type { CitationSubject } from './subjects';

function dateParts(iso: string): CSL['issued'] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
}

/** BibTeX keys allow no hyphen: `irsice_ruling`, `irsice_26_usc_6103`, `irsice_ruling_holding`. */
function citationKey(subject: CitationSubject, fragment?: string): string {
  return ['irsice', subject.key, fragment]
    .filter(Boolean)
    .join('_')
    .replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * The CSL-JSON record of a page, or of one section of it (same title, URL with the fragment).
 * CSL has no "last updated" variable: the update date travels in `note`, which the styles here do
 * not print and reference managers keep (Zotero: Extra).
 */
export function cslRecord(subject: CitationSubject, fragment?: string): CSL {
  return {
    id: fragment ? `${subject.key}#${fragment}` : subject.key,
    'citation-key': citationKey(subject, fragment),
    type: 'webpage',
    title: subject.title,
    'container-title': SITE_NAME,
    publisher: SITE_NAME,
    issued: dateParts(subject.published),
    URL: fragment ? `${subject.url}#${fragment}` : subject.url,
    language: subject.lang,
    note: `Last updated ${formatDate(subject.updated)}`,
  };
}

/**
 * The record as each manual wants it for a site that is its own publisher, and dated by its last
 * update when it has been revised:
 * - APA 7: the site is the group author, not repeated as site name; the last-updated date.
 * - MLA 9: no publisher when it is the site's own name; the most recent date.
 * - Chicago 17: the site stands as author; a revised page is dated "last modified".
 */
export function styleRecord(record: CSL, style: CslStyle, updated: string): CSL {
  const styled: CSL = { ...record };
  delete styled.publisher;
  delete styled.note;
  const revised = dateParts(updated);
  if (style === 'apa') {
    styled.author = [{ literal: record['container-title'] ?? SITE_NAME }];
    delete styled['container-title'];
    styled.issued = revised;
  } else if (style === 'mla') {
    styled.issued = revised;
  } else if (JSON.stringify(revised) !== JSON.stringify(record.issued)) {
    delete styled.issued;
    styled.status = `last modified ${formatDate(updated)}`;
  }
  return styled;
}

export const STYLE_ORDER = ['bluebook', 'apa', 'mla', 'chicago'] as const;

/** The citation of a page (or of a section of it) in Bluebook, APA 7, MLA 9 and Chicago 17. */
export function citationsFor(subject: CitationSubject, fragment?: string): StyledCitation[] {
  const record = cslRecord(subject, fragment);
  return STYLE_ORDER.map((key) => {
    if (key === 'bluebook') {
      return {
        key,
        label: 'Bluebook',
        parts: bluebookWebPage({
          title: subject.title,
          lang: subject.lang,
          siteName: SITE_NAME,
          updated: subject.updated,
          url: record.URL ?? subject.url,
        }),
      };
    }
    return {
      key,
      label: CSL_STYLES[key].label,
      parts: formatCsl(styleRecord(record, key, subject.updated), key),
    };
  });
}
