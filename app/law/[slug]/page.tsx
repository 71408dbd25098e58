import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { StatutePage } from '@/components/statute/StatutePage';
import { getSite } from '@/lib/content/site';
import { absoluteUrl } from '@/lib/site-config';

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return [...getSite().statutes.keys()].map((slug) => ({ slug }));
}

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statute = getSite().statutes.get((await params).slug);
  if (!statute) return {};
  const title = `${statute.data.citation}: ${statute.data.heading}`;
  const description = `The text of ${statute.data.citation} (${statute.data.heading}), with every subsection linkable and plain-language notes on the provisions the IRS–ICE case turns on.`;
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(statute.route) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: absoluteUrl(statute.route),
      locale: 'en_US',
      modifiedTime: statute.data.updated,
    },
  };
}

export default async function StatuteRoute({ params }: Props) {
  const site = getSite();
  const statute = site.statutes.get((await params).slug);
  if (!statute) notFound();
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/', label: 'Home' },
          { href: '/law/', label: 'The law' },
          { href: statute.route, label: statute.data.citation },
        ]}
      />
      <StatutePage statute={statute} site={site} />
    </>
  );
}
