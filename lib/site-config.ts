/** Site-wide settings. SITE_URL feeds canonical links, citations, the sitemap and the feed. */
export const SITE_NAME = 'IRS–ICE Data Case Explained';
export const SITE_SHORT_NAME = 'IRS–ICE Case';

/** Set SITE_URL at build time to the address the site is published at. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Main sections, in reading order: header navigation and previous/next links. */
// Their names, in each language, are in lib/i18n/ui.ts (`sections`).
export const MAIN_SECTIONS = [
  '/questions/',
  '/ruling/',
  '/appeal/',
  '/related-cases/',
  '/agreement/',
  '/law/',
  '/timeline/',
  '/glossary/',
] as const;

export type MainSection = (typeof MAIN_SECTIONS)[number];
