/**
 * The downloadable citation files of a page: BibTeX (citation-js), RIS (by hand: the citation-js
 * RIS plugin does not install beside core 0.9) and CSL-JSON (the record itself).
 */
import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

export const CITATION_FILES = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type CitationFileType = keyof typeof CITATION_FILES;

export function isCitationFileType(ext: string): ext is CitationFileType {
  return Object.hasOwn(CITATION_FILES, ext);
}

export function toBibtex(record: CSL): string {
  return `${String(new Cite([record]).format('bibtex', { format: 'text' })).trim()}\n`;
}

/** RIS lines are `TAG  - value`; a value is one line, so line breaks become spaces. */
function risLine(tag: string, value: string | number | undefined): string[] {
  if (value === undefined || value === '') return [];
  return [`${tag}  - ${String(value).replace(/\s+/g, ' ').trim()}`];
}

/** RIS for a web page (TY ELEC), in the tag order of the RIS specification, CRLF line ends. */
export function toRis(record: CSL): string {
  const [year, month, day] = record.issued?.['date-parts']?.[0] ?? [];
  const date = year
    ? [year, month, day].map((n) => (n === undefined ? '' : String(n).padStart(2, '0'))).join('/')
    : '';
  const lines = [
    'TY  - ELEC',
    ...risLine('ID', record['citation-key']),
    ...risLine('TI', record.title),
    ...risLine('T2', record['container-title']),
    ...risLine('PB', record.publisher),
    ...risLine('PY', year),
    ...risLine('DA', date ? `${date}/` : ''),
    ...risLine('UR', record.URL),
    ...risLine('LA', record.language),
    ...risLine('N1', record.note),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function toCslJson(record: CSL): string {
  return `${JSON.stringify([record], null, 2)}\n`;
}

export function citationFile(record: CSL, type: CitationFileType): string {
  if (type === 'bib') return toBibtex(record);
  if (type === 'ris') return toRis(record);
  return toCslJson(record);
}
