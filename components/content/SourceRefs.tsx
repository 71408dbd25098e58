import { Fragment } from 'react';
import type { NoteNumbers } from '@/lib/markdown/render';

export interface SourceRefsProps {
  ids: string[];
  notes: NoteNumbers;
}

/** "[1], [3]": numbered links to a page's source notes, for lists whose entries cite sources. */
export function SourceRefs({ ids, notes }: SourceRefsProps) {
  return ids.map((id, i) => {
    const { n, refId } = notes.use(id);
    return (
      <Fragment key={id}>
        {i > 0 ? ', ' : ''}
        <a href={`#note-${id}`} id={refId}>
          [{n}]
        </a>
      </Fragment>
    );
  });
}
