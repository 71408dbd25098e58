import type { Metadata } from 'next';
import type { PageEntry } from './content/site';
import { absoluteUrl, SITE_NAME } from './site-config';

/** Title, description, canonical URL and share-card tags for an explainer page. */
export function pageMetadata(page: PageEntry): Metadata {
  const url = absoluteUrl(page.route);
  return {
    title: page.data.title,
    description: page.data.summary,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title: page.data.title,
      description: page.data.summary,
      url,
      siteName: SITE_NAME,
      locale: 'en_US',
      publishedTime: page.data.published,
      modifiedTime: page.data.updated,
    },
    twitter: { card: 'summary', title: page.data.title, description: page.data.summary },
  };
}
