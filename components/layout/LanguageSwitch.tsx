import { localizePath, type Locale } from '@/lib/i18n/locale';

export interface LanguageSwitchProps {
  /** The language the link leads to. */
  target: Locale;
  label: string;
  title: string;
}

/**
 * "Español" / "English": the same page in the other language. A root layout is not told which page
 * it wraps, so the link is rendered to the other edition's home and marked `data-counterpart`; the
 * build (lib/build/finish-pages.ts) points it at the page's counterpart, so it works without
 * JavaScript. With JavaScript (language-switch.browser.ts) the reader also keeps the section they
 * are at, because both editions share fragment ids.
 */
export function LanguageSwitch({ target, label, title }: LanguageSwitchProps) {
  return (
    <a
      className="language-switch"
      href={localizePath('/', target)}
      hrefLang={target}
      lang={target}
      title={title}
      data-counterpart=""
      data-module="language-switch"
    >
      {label}
    </a>
  );
}
