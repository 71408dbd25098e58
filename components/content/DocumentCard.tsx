import { ui } from '@/lib/i18n/ui';
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

/** Identification of a document a page explains, and where its official copy is. */
export function DocumentCard({ document, site, notes, children }: DocumentCardProps) {
  const { data } = document;
  const t = ui(site.locale).documents;
  return (
    <div className="document-card" id={`document-${document.id}`}>
      <h3>{data.title}</h3>
      <dl>
        {document.englishTitle ? (
          <>
            <dt>{t.officialTitle}</dt>
            <dd lang="en">{document.englishTitle}</dd>
          </>
        ) : null}
        <dt>{t.issuedBy}</dt>
        <dd>{data.issuer}</dd>
        <dt>{t.date}</dt>
        <dd><time dateTime={data.date}>{formatDate(data.date, site.locale)}</time></dd>
        <dt>{t.identifier}</dt>
        <dd>{data.identifier}</dd>
        <dt>{t.officialCopy}</dt>
        <dd>{data.officialCopy.url ? <a href={data.officialCopy.url}>{data.officialCopy.label}</a> : data.officialCopy.label}</dd>
        <dt>{t.textHeld}</dt>
        <dd>{t.held[data.textHeld]}</dd>
        <dt>{t.sources}</dt>
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
