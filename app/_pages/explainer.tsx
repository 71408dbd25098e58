import { trailFromHome } from '@/components/layout/Breadcrumbs';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/content/ArticlePage';
import { PrevNext } from '@/components/layout/PrevNext';
import { LIST_PAGES } from '@/lib/content/routes';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/metadata';

/** Pages with a route of their own (home, and the generated lists) are not built here. */
const OWN_ROUTES = new Set<string>(['home', ...LIST_PAGES]);

export function explainerParams(): { page: string }[] {
  return [...getSite().pages.keys()].filter((id) => !OWN_ROUTES.has(id)).map((page) => ({ page }));
}

export function explainerMetadata(id: string, locale: Locale): Metadata {
  const page = getSite(locale).pages.get(id);
  return page ? pageMetadata(page) : {};
}

export function ExplainerPage({ id, locale }: { id: string; locale: Locale }) {
  const site = getSite(locale);
  const page = site.pages.get(id);
  if (!page) notFound();
  return (
    <>
      <ArticlePage
        site={site}
        page={page}
        trail={trailFromHome({ route: page.route, title: page.data.title })}
      />
      <PrevNext route={page.route} locale={locale} />
    </>
  );
}
