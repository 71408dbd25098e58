import { localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import { MAIN_SECTIONS } from '@/lib/site-config';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = ui(locale);
  const href = (path: string) => localizePath(path, locale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main-content">
        {t.skipLink}
      </a>
      <div className="site-header-inner">
        <a href={href('/')} className="site-name">
          {t.siteName}
        </a>
        <nav aria-label={t.mainNav} className="main-nav">
          <ul>
            {MAIN_SECTIONS.map((section) => (
              <li key={section}>
                <a href={href(section)}>{t.sections[section]}</a>
              </li>
            ))}
          </ul>
        </nav>
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
          <button type="submit">{t.searchButton}</button>
        </form>
        <LanguageSwitch
          target={locale === 'es' ? 'en' : 'es'}
          label={t.otherLanguage.label}
          title={t.otherLanguage.title}
        />
        <ThemeToggle label={t.theme.dark} />
      </div>
    </header>
  );
}
