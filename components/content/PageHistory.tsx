import { PAGE_HISTORY_ID } from '@/lib/content/routes';
import type { ChangeEntry } from '@/lib/content/site';
import { formatDate } from '@/lib/dates';
import { englishPath, localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export interface PageHistoryProps {
  /** The page's path in its edition (`/ruling/`, `/es/ruling/`). */
  route: string;
  published: string;
  /** The site's change log, newest first (content/changes). */
  changes: ChangeEntry[];
  /** Where readers report an error (SITE_CORRECTIONS_URL); no link when unset. */
  reportUrl?: string;
  locale: Locale;
}

/** The change-log entries that name this page, newest first, as GOV.UK lists a page's updates. */
export function changesNaming(route: string, changes: ChangeEntry[]): ChangeEntry[] {
  const path = englishPath(route);
  return changes.filter((change) => change.data.pages.some((page) => page.split('#')[0] === path));
}

export function PageHistory({ route, published, changes, reportUrl, locale }: PageHistoryProps) {
  const t = ui(locale);
  const entries = changesNaming(route, changes);
  const changesPage = localizePath('/changes/', locale);
  return (
    <section aria-labelledby={PAGE_HISTORY_ID} className="page-history" data-pagefind-ignore>
      <h2 id={PAGE_HISTORY_ID}>{t.history.heading}</h2>
      {entries.length ? (
        <ol className="page-history-list">
          {entries.map((change) => (
            <li key={change.id}>
              <time dateTime={change.data.date}>{formatDate(change.data.date, locale)}</time>{' '}
              <a href={`${changesPage}#${change.id}`}>{change.data.title}</a>{' '}
              <span className="change-kind">({t.changes.kinds[change.data.kind]})</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.history.none}</p>
      )}
      <p>
        {t.history.published} <time dateTime={published}>{formatDate(published, locale)}</time>.{' '}
        <a href={changesPage}>{t.history.allChanges}</a>
      </p>
      {reportUrl ? (
        <p className="report-error">
          <a href={reportUrl}>{t.history.reportError}</a>
        </p>
      ) : null}
    </section>
  );
}
