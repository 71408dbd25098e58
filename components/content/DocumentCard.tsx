import type { ReactNode } from 'react';
import type { DocumentEntry, Site } from '@/lib/content/site';
import { formatDate } from '@/lib/dates';
import type { NoteNumbers } from '@/lib/markdown/render';

export interface DocumentCardProps {
  document: DocumentEntry;
  site: Site;
  notes: NoteNumbers;
  children: ReactNode;
}

const HELD: Record<DocumentEntry['data']['textHeld'], string> = {
  full: 'This site holds the full text.',
  excerpts: 'This site does not hold the full text: only passages quoted by courts or news outlets, each marked with who reported it.',
  none: 'This site does not hold the text.',
};

/** Identification of a document a page explains, and where its official copy is. */
export function DocumentCard({ document, site, notes, children }: DocumentCardProps) {
  const { data } = document;
  return (
    <div className="document-card" id={`document-${document.id}`}>
      <h3>{data.title}</h3>
      <dl>
        <dt>Issued by</dt>
        <dd>{data.issuer}</dd>
        <dt>Date</dt>
        <dd><time dateTime={data.date}>{formatDate(data.date)}</time></dd>
        <dt>Identifier</dt>
        <dd>{data.identifier}</dd>
        <dt>Official copy</dt>
        <dd>{data.officialCopy.url ? <a href={data.officialCopy.url}>{data.officialCopy.label}</a> : data.officialCopy.label}</dd>
        <dt>Text on this site</dt>
        <dd>{HELD[data.textHeld]}</dd>
        <dt>Sources</dt>
        <dd>
          {data.sources.map((id, i) => {
            const { n, refId } = notes.use(id);
            return (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                {site.sources.get(id)?.data.publisher}
                <sup className="cite-ref">[<a href={`#note-${id}`} id={refId}>{n}</a>]</sup>
              </span>
            );
          })}
        </dd>
      </dl>
      {children}
    </div>
  );
}
