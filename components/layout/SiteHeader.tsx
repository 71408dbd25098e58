import { localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import { MAIN_SECTIONS } from '@/lib/site-config';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

/**
 * Brand, search and a menu. On phones the menu is a native <details> disclosure (it opens without
 * JavaScript and keeps the header one row high); from 64rem it is laid open as a row of links.
 * The sections come from MAIN_SECTIONS, so a new section appears here and in previous/next alike.
 */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = ui(locale);
  const href = (path: string) => localizePath(path, locale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main-content">
        {t.skipLink}
      </a>
      <div className="site-header-inner page-width">
        <a href={href('/')} className="site-name">
          {t.siteName}
        </a>
        {/* Phones: a link to the search page (which has the box); wider screens: the box itself. */}
        <a href={href('/search/')} className="header-search-link" aria-label={t.searchButton} />
        <form className="header-search" action={href('/search/')} method="get" role="search">
          <label htmlFor="header-search-input" className="visually-hidden">
            {t.searchLabel}
          </label>
          <input
            id="header-search-input"
            name="q"
            type="search"
            placeholder={t.searchPlaceholder}
          />
          <button type="submit" aria-label={t.searchButton} />
        </form>
        <details className="site-menu">
          <summary>{t.menu}</summary>
          <nav aria-label={t.mainNav} className="main-nav">
            <ul>
              {MAIN_SECTIONS.map((section) => (
                <li key={section}>
                  <a href={href(section)}>{t.sections[section]}</a>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitch
            target={locale === 'es' ? 'en' : 'es'}
            label={t.otherLanguage.label}
            title={t.otherLanguage.title}
          />
          <ThemeToggle label={t.theme.dark} />
        </details>
      </div>
    </header>
  );
}
