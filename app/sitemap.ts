import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content/site';
import { latestUpdate } from '@/lib/data-export';
import { localizePath } from '@/lib/i18n/locale';
import { languageAlternates } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-static';

/** Every page of both editions, each with its counterpart as an hreflang alternate. */
export default function sitemap(): MetadataRoute.Sitemap {
  return (['en', 'es'] as const).flatMap((locale) => {
    const site = getSite(locale);
    const entry = (route: string, lastModified: string) => ({
      url: absoluteUrl(route),
      lastModified,
      alternates: { languages: languageAlternates(route) },
    });
    return [
      ...[...site.pages.values()].map((p) => entry(p.route, p.data.updated)),
      ...[...site.statutes.values()].map((s) => entry(s.route, s.data.updated)),
      ...['/changes/', '/search/'].map((route) =>
        entry(localizePath(route, locale), latestUpdate(site)),
      ),
    ];
  });
}
