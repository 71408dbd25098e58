'use client';

import { usePathname } from 'next/navigation';
import { counterpartPath, type Locale } from '@/lib/i18n/locale';

export interface LanguageSwitchProps {
  /** The language the link leads to. */
  target: Locale;
  label: string;
  title: string;
}

/**
 * "Español" / "English": the same page in the other language. The path is known when the page is
 * prerendered, so the link works without JavaScript; with it, the reader also keeps the section
 * they are at, because both editions share fragment ids.
 */
export function LanguageSwitch({ target, label, title }: LanguageSwitchProps) {
  const pathname = usePathname() ?? '/';
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  // The 404 page has no counterpart of its own: offer the other edition's home.
  const href =
    path.startsWith('/_') || path === '/404/'
      ? target === 'es'
        ? '/es/'
        : '/'
      : counterpartPath(path);
  return (
    <a
      className="language-switch"
      href={href}
      hrefLang={target}
      lang={target}
      title={title}
      onClick={(event) => {
        const here = location.hash || currentSectionHash();
        if (here) event.currentTarget.href = `${href}${here}`;
      }}
    >
      {label}
    </a>
  );
}

/** The section the table of contents marks as being read, if any. */
function currentSectionHash(): string {
  return document.querySelector<HTMLAnchorElement>('.toc a[aria-current="true"]')?.hash ?? '';
}
