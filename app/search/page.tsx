import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SearchBox } from '@/components/search/SearchBox.client';
import { JsonLd } from '@/components/structured-data/JsonLd';
import { getSite } from '@/lib/content/site';
import { generatedPageMetadata } from '@/lib/metadata';
import { generatedPageJsonLd } from '@/lib/structured-data';

export const metadata: Metadata = generatedPageMetadata('search');

const TRAIL = [
  { href: '/', label: 'Home' },
  { href: '/search/', label: 'Search' },
];

export default function SearchPage() {
  const site = getSite();
  const pages = [...site.pages.values()].filter((p) => p.id !== 'home');
  return (
    <article className="article">
      <Breadcrumbs trail={TRAIL} />
      <header className="article-header">
        <h1>Search</h1>
      </header>
      <div className="prose">
        <SearchBox />
        <p className="notice no-js-only">
          Search needs JavaScript, which is off in this browser. Every page is listed below, and the{' '}
          <a href="/sitemap.xml">site map</a> lists every address.
        </p>
        <section aria-labelledby="all-pages">
          <h2 id="all-pages">All pages</h2>
          <ul>
            {pages.map((p) => (
              <li key={p.id}>
                <a href={p.route}>{p.data.title}</a>
              </li>
            ))}
            {[...site.statutes.values()].map((s) => (
              <li key={s.id}>
                <a href={s.route}>
                  {s.data.citation}: {s.data.heading}
                </a>
              </li>
            ))}
            <li>
              <Link href="/changes/">Changes and corrections</Link>
            </li>
          </ul>
        </section>
      </div>
      <JsonLd data={generatedPageJsonLd('search', TRAIL)} />
    </article>
  );
}
