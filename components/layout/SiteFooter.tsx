import Link from 'next/link';
import { localizePath, type Locale } from '@/lib/i18n/locale';
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
            <Link href={href('/about/')}>{t.about}</Link>
          </li>
          <li>
            <Link href={href('/sources/')}>{t.sources}</Link>
          </li>
          <li>
            <Link href={href('/checked/')}>{t.checked}</Link>
          </li>
          <li>
            <Link href={href('/changes/')}>{t.changes}</Link>
          </li>
          <li>
            <a href="/feed.xml">{t.feed}</a>
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
