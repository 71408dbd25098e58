import type { ReactNode } from 'react';
import { formatDate } from '@/lib/dates';

export interface StatusNoteProps {
  asOf: string;
  children: ReactNode;
}

/** "Where this stands": shown on pages about a case that is still moving. */
export function StatusNote({ asOf, children }: StatusNoteProps) {
  return (
    <aside className="status-note" aria-labelledby="status-heading">
      <h2 id="status-heading" className="status-heading">
        Where this stands as of <time dateTime={asOf}>{formatDate(asOf)}</time>
      </h2>
      <div>{children}</div>
    </aside>
  );
}
