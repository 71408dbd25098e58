import { formatDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export interface PageMetaProps {
  published: string;
  updated: string;
  locale: Locale;
}

export function PageMeta({ published, updated, locale }: PageMetaProps) {
  const t = ui(locale);
  return (
    <p className="page-meta">
      {t.published} <time dateTime={published}>{formatDate(published, locale)}</time>
      {' · '}
      {t.lastUpdated} <time dateTime={updated}>{formatDate(updated, locale)}</time>
    </p>
  );
}
