/** Site-wide settings. SITE_URL feeds canonical links, citations, the sitemap and the feed. */
export const SITE_NAME = 'IRS–ICE Data Case Explained';
export const SITE_SHORT_NAME = 'IRS–ICE Case';

/** Set SITE_URL at build time to the address the site is published at. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Main sections, in reading order: header navigation and previous/next links. */
export const MAIN_SECTIONS = [
  { href: '/ruling/', label: 'Ruling' },
  { href: '/appeal/', label: 'Appeal' },
  { href: '/related-cases/', label: 'Related cases' },
  { href: '/agreement/', label: 'Agreement' },
  { href: '/law/', label: 'The law' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/glossary/', label: 'Glossary' },
] as const;
