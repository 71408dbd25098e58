import type { Metadata } from 'next';
import { ArticlePage } from '@/components/content/ArticlePage';
import { requirePage } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/metadata';

export function homeMetadata(locale: Locale): Metadata {
  const { page } = requirePage('home', locale);
  return { ...pageMetadata(page), title: { absolute: page.data.title } };
}

export function HomePage({ locale }: { locale: Locale }) {
  const { site, page } = requirePage('home', locale);
  return <ArticlePage site={site} page={page} />;
}
