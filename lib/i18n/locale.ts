/**
 * The site's two editions. English pages live at their paths (`/ruling/`), Spanish ones at the
 * same paths under `/es/` (`/es/ruling/`), with the same fragment ids, so a link moves between
 * languages by adding or removing the prefix.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const SPANISH_PREFIX = '/es';

/** Open Graph and <html lang> forms of each locale. */
export const LOCALE_TAGS: Record<Locale, { lang: string; og: string; name: string }> = {
  en: { lang: 'en', og: 'en_US', name: 'English' },
  es: { lang: 'es', og: 'es_US', name: 'Español' },
};

export function isSpanishPath(path: string): boolean {
  return path === SPANISH_PREFIX || path.startsWith(`${SPANISH_PREFIX}/`);
}

/** Files with an extension (feeds, data, downloads) exist once, in English. */
function isFile(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path.split('#')[0] ?? '');
}

/** A site path in the given edition: `/ruling/#holding` → `/es/ruling/#holding`. External URLs pass through. */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const english = englishPath(path);
  if (locale === 'en' || isFile(english)) return english;
  return `${SPANISH_PREFIX}${english}`;
}

/** The English path of any site path: `/es/ruling/` → `/ruling/`. */
export function englishPath(path: string): string {
  if (!isSpanishPath(path)) return path;
  const rest = path.slice(SPANISH_PREFIX.length);
  return rest === '' || rest.startsWith('#') ? `/${rest}` : rest;
}

export function localeOfPath(path: string): Locale {
  return isSpanishPath(path) ? 'es' : 'en';
}

/** The same page in the other language. */
export function counterpartPath(path: string): string {
  return localizePath(path, localeOfPath(path) === 'es' ? 'en' : 'es');
}
