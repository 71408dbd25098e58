import { localizePath, type Locale } from '@/lib/i18n/locale';
import { feedPath } from '@/lib/feed';
import { ui } from '@/lib/i18n/ui';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = ui(locale).footer;
  const href = (path: string) => localizePath(path, locale);
  return (
    <footer className="site-footer">
      <p className="not-legal-advice">
        <strong>{t.notLegalAdviceLead}</strong> {t.notLegalAdvice}
      </p>
      <nav aria-label={t.nav}>
        <ul>
          <li>
            <a href={href('/about/')}>{t.about}</a>
          </li>
          <li>
            <a href={href('/sources/')}>{t.sources}</a>
          </li>
          <li>
            <a href={href('/checked/')}>{t.checked}</a>
          </li>
          <li>
            <a href={href('/changes/')}>{t.changes}</a>
          </li>
          <li>
            <a href={feedPath(locale)}>{t.feed}</a>
          </li>
          <li>
            <a href="/data/timeline.json">{t.timelineData}</a>
          </li>
          <li>
            <a href="/data/glossary.json">{t.glossaryData}</a>
          </li>
          <li>
            <a href="/data/sources.json">{t.sourcesData}</a>
          </li>
          <li>
            <a href="/sitemap.xml">{t.siteMap}</a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
