import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs, trailFromHome } from '@/components/layout/Breadcrumbs';
import { StatutePage } from '@/components/statute/StatutePage';
import { JsonLd } from '@/components/structured-data/JsonLd';
import { getSite } from '@/lib/content/site';
import { statuteMetadata } from '@/lib/metadata';
import { statuteJsonLd } from '@/lib/structured-data';
import { localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export function statuteParams(): { slug: string }[] {
  return [...getSite().statutes.keys()].map((slug) => ({ slug }));
}

export function statuteRouteMetadata(slug: string, locale: Locale): Metadata {
  const statute = getSite(locale).statutes.get(slug);
  return statute ? statuteMetadata(statute) : {};
}

export function StatuteRoute({ slug, locale }: { slug: string; locale: Locale }) {
  const site = getSite(locale);
  const statute = site.statutes.get(slug);
  const t = ui(locale);
  if (!statute) notFound();
  const trail = [
    ...trailFromHome({ route: localizePath('/law/', locale), title: t.sections['/law/'] }),
    { href: statute.route, label: statute.data.citation },
  ];
  return (
    <>
      <Breadcrumbs trail={trail} label={t.breadcrumb} />
      <StatutePage statute={statute} site={site} />
      <JsonLd data={statuteJsonLd(statute, trail)} />
    </>
  );
}
