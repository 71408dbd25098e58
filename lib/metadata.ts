import type { Metadata, Viewport } from 'next';
import { pageSubject, statuteSubject, subjectKey, type CitationSubject } from './citation/subjects';
import type { PageEntry, Site, StatuteEntry } from './content/site';
import { englishPath, LOCALE_TAGS, localeOfPath, localizePath, type Locale } from './i18n/locale';
import { ui } from './i18n/ui';
import { absoluteUrl, SITE_NAME } from './site-config';
import { SITE_ICON } from './site-icon';
import { statusEmbedPath } from './embed/items';

export type GeneratedPageKey = 'changes' | 'search';

/** The pages the code builds with no content file, in one language: route, title, description. */
export function generatedPage(key: GeneratedPageKey, locale: Locale) {
  const t = ui(locale)[key];
  return {
    key: subjectKey(key, locale),
    route: localizePath(`/${key}/`, locale),
    title: t.title,
    description: t.description,
  };
}

export const GENERATED_PAGE_KEYS: GeneratedPageKey[] = ['changes', 'search'];

/** hreflang alternates: the page in each language, English as the default. */
export function languageAlternates(route: string): Record<string, string> {
  const english = absoluteUrl(englishPath(route));
  return { en: english, es: absoluteUrl(localizePath(route, 'es')), 'x-default': english };
}

/** What a share card shows. */
export interface ShareCard {
  /** File stem: /og/<key>.png. */
  key: string;
  title: string;
  /** A line above the title: the statute's citation. */
  kicker?: string;
  description: string;
}

/** Every page's share card: explainers, statutes, and the generated pages. */
export function shareCards(site: Site): ShareCard[] {
  return [
    ...[...site.pages.values()].map((page) => ({
      key: pageSubject(page).key,
      title: page.data.title,
      description: page.data.summary,
    })),
    ...[...site.statutes.values()].map((statute) => ({
      key: statuteSubject(statute).key,
      title: statute.data.heading,
      kicker: statute.data.citation,
      description: statuteSubject(statute).description,
    })),
    ...GENERATED_PAGE_KEYS.map((key) => generatedPage(key, site.locale)),
  ];
}

/** The share card of a page: a 1200×630 PNG built by app/og/[slug]/route.tsx. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

export function ogImageUrl(key: string): string {
  return absoluteUrl(`/og/${key}.png`);
}

/** Highwire Press dates are YYYY/MM/DD. */
const highwireDate = (iso: string) => iso.replaceAll('-', '/');

/**
 * Highwire Press `citation_*` tags, which Zotero, Google Scholar and other reference managers
 * read to save the page as a citable item. The site is the publisher (there is no personal
 * author); `citation_date` carries the last update, `citation_publication_date` the first.
 */
export function highwireTags(subject: CitationSubject): Record<string, string> {
  return {
    citation_title: subject.title,
    citation_publisher: SITE_NAME,
    citation_publication_date: highwireDate(subject.published),
    citation_date: highwireDate(subject.updated),
    citation_public_url: subject.url,
    citation_fulltext_html_url: subject.url,
    citation_language: subject.lang,
  };
}

/** Share-card tags (Open Graph, Twitter) for any page with a generated card. */
export function shareMetadata(input: {
  key: string;
  title: string;
  description: string;
  url: string;
  published?: string;
  updated?: string;
}): Pick<Metadata, 'openGraph' | 'twitter'> {
  const image = { url: ogImageUrl(input.key), ...OG_IMAGE, alt: `${input.title} · ${SITE_NAME}` };
  return {
    openGraph: {
      type: 'article',
      title: input.title,
      description: input.description,
      url: input.url,
      siteName: ui(localeOfPath(new URL(input.url).pathname)).siteName,
      locale: LOCALE_TAGS[localeOfPath(new URL(input.url).pathname)].og,
      alternateLocale:
        LOCALE_TAGS[localeOfPath(new URL(input.url).pathname) === 'es' ? 'en' : 'es'].og,
      ...(input.published ? { publishedTime: input.published } : {}),
      ...(input.updated ? { modifiedTime: input.updated } : {}),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description: input.description,
      images: [image],
    },
  };
}

/** Title, description, canonical URL and share cards for a generated page (changes, search). */
export function generatedPageMetadata(key: GeneratedPageKey, locale: Locale): Metadata {
  const page = generatedPage(key, locale);
  const url = absoluteUrl(page.route);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url, languages: languageAlternates(page.route) },
    ...shareMetadata({ key: page.key, title: page.title, description: page.description, url }),
  };
}

function citableMetadata(subject: CitationSubject, title: string): Metadata {
  return {
    title,
    description: subject.description,
    alternates: { canonical: subject.url, languages: languageAlternates(subject.route) },
    ...shareMetadata({ ...subject, title }),
    other: highwireTags(subject),
  };
}

/**
 * Title, description, canonical URL, share cards and citation tags for an explainer page; a page
 * with a "where this stands" note also names its status card's oEmbed answer, so a CMS given the
 * page's address embeds the card.
 */
export function pageMetadata(page: PageEntry): Metadata {
  const metadata = citableMetadata(pageSubject(page), page.data.title);
  if (!page.data.status) return metadata;
  const oembed = `${statusEmbedPath(page.id, localeOfPath(page.route))}oembed.json`;
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { 'application/json+oembed': absoluteUrl(oembed) },
    },
  };
}

/** The same for a statute page, titled "26 U.S.C. § 6103: Confidentiality and …". */
export function statuteMetadata(statute: StatuteEntry): Metadata {
  const subject = statuteSubject(statute);
  return citableMetadata(subject, subject.title);
}

/** What every page of one edition shares: title template, description, no phone-number sniffing (the feed link is in SiteFrame). */
export function editionMetadata(locale: Locale): Metadata {
  const t = ui(locale);
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteDescription,
    formatDetection: { telephone: false, address: false, email: false },
    icons: { icon: SITE_ICON },
  };
}

export const editionViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};
