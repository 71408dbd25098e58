import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { StatutePage } from '@/components/statute/StatutePage';
import { JsonLd } from '@/components/structured-data/JsonLd';
import { getSite } from '@/lib/content/site';
import { statuteMetadata } from '@/lib/metadata';
import { statuteJsonLd } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return [...getSite().statutes.keys()].map((slug) => ({ slug }));
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statute = getSite().statutes.get((await params).slug);
  return statute ? statuteMetadata(statute) : {};
}

export default async function StatuteRoute({ params }: Props) {
  const site = getSite();
  const statute = site.statutes.get((await params).slug);
  if (!statute) notFound();
  const trail = [
    { href: '/', label: 'Home' },
    { href: '/law/', label: 'The law' },
    { href: statute.route, label: statute.data.citation },
  ];
  return (
    <>
      <Breadcrumbs trail={trail} />
      <StatutePage statute={statute} site={site} />
      <JsonLd data={statuteJsonLd(statute, trail)} />
    </>
  );
}
