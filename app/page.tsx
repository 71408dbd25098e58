import type { Metadata } from 'next';
import { ArticlePage } from '@/components/content/ArticlePage';
import { getSite } from '@/lib/content/site';
import { pageMetadata } from '@/lib/metadata';

export function generateMetadata(): Metadata {
  const page = getSite().pages.get('home');
  return page ? { ...pageMetadata(page), title: { absolute: page.data.title } } : {};
}

export default function HomePage() {
  const site = getSite();
  const page = site.pages.get('home');
  if (!page) throw new Error('content/pages/home.md is missing');
  return <ArticlePage site={site} page={page} />;
}
