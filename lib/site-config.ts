/** Site-wide settings. SITE_URL feeds canonical links, citations, the sitemap and the feed. */
export const SITE_NAME = 'IRS–ICE Data Case Explained';
export const SITE_SHORT_NAME = 'IRS–ICE Case';

/** Set SITE_URL at build time to the address the site is published at. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

/**
 * Where readers report an error: a form or a `mailto:` address, set at build time. When it is not
 * set, pages show no "Report an error" link; the site never makes one up.
 */
export const SITE_CORRECTIONS_URL = correctionsUrl(process.env.SITE_CORRECTIONS_URL);

export function correctionsUrl(value: string | undefined): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  if (!/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/.test(url)) {
    throw new Error(
      `SITE_CORRECTIONS_URL must be an https://, http:// or mailto: address; got ${JSON.stringify(url)}`,
    );
  }
  return url;
}

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
