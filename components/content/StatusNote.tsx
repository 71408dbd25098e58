import type { ReactNode } from 'react';
import { formatDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export interface StatusNoteProps {
  asOf: string;
  children: ReactNode;
  locale: Locale;
}

/** "Where this stands": shown on pages about a case that is still moving. */
export function StatusNote({ asOf, children, locale }: StatusNoteProps) {
  return (
    <aside className="status-note" aria-labelledby="status-heading">
      <h2 id="status-heading" className="status-heading">
        {ui(locale).statusAsOf} <time dateTime={asOf}>{formatDate(asOf, locale)}</time>
      </h2>
      <div>{children}</div>
    </aside>
  );
}
