import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/content/ArticlePage';
import { PrevNext } from '@/components/layout/PrevNext';
import { LIST_PAGES } from '@/lib/content/routes';
import { getSite } from '@/lib/content/site';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

/** Pages with a route of their own (home, and the generated lists) are not built here. */
const OWN_ROUTES = new Set<string>(['home', ...LIST_PAGES]);

export function generateStaticParams(): { page: string }[] {
  return [...getSite().pages.keys()].filter((id) => !OWN_ROUTES.has(id)).map((page) => ({ page }));
}

interface Props {
  params: Promise<{ page: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getSite().pages.get((await params).page);
  return page ? pageMetadata(page) : {};
}

export default async function ExplainerPage({ params }: Props) {
  const site = getSite();
  const page = site.pages.get((await params).page);
  if (!page) notFound();
  return (
    <>
      <ArticlePage
        site={site}
        page={page}
        trail={[
          { href: '/', label: 'Home' },
          { href: page.route, label: page.data.title },
        ]}
      />
      <PrevNext route={page.route} />
    </>
  );
}
