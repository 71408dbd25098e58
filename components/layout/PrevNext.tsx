import { englishPath, localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import { MAIN_SECTIONS } from '@/lib/site-config';

export interface PrevNextProps {
  /** The current page's path. */
  route: string;
  locale: Locale;
}

/** Previous and next in the site's reading order (the main sections), as plain links. */
export function PrevNext({ route, locale }: PrevNextProps) {
  const t = ui(locale);
  const index = MAIN_SECTIONS.findIndex((section) => section === englishPath(route));
  if (index === -1) return null;
  const previous = MAIN_SECTIONS[index - 1];
  const next = MAIN_SECTIONS[index + 1];
  return (
    <nav aria-label={t.prevNext.nav} className="prev-next">
      {previous ? (
        <a href={localizePath(previous, locale)} rel="prev" className="prev-next-previous">
          <span className="prev-next-label">{t.prevNext.previous}</span> {t.sections[previous]}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={localizePath(next, locale)} rel="next" className="prev-next-next">
          <span className="prev-next-label">{t.prevNext.next}</span> {t.sections[next]}
        </a>
      ) : null}
    </nav>
  );
}
