import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content/site';
import { latestUpdate } from '@/lib/data-export';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const pages = [...site.pages.values()].map((p) => ({
    url: absoluteUrl(p.route),
    lastModified: p.data.updated,
  }));
  const statutes = [...site.statutes.values()].map((s) => ({
    url: absoluteUrl(s.route),
    lastModified: s.data.updated,
  }));
  const generated = ['/changes/', '/search/'].map((route) => ({
    url: absoluteUrl(route),
    lastModified: latestUpdate(site),
  }));
  return [...pages, ...statutes, ...generated];
}
