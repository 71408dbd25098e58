import type { Metadata } from 'next';
import { Breadcrumbs, trailFromHome } from '@/components/layout/Breadcrumbs';
import { SearchBox } from '@/components/search/SearchBox';
import { JsonLd } from '@/components/structured-data/JsonLd';
import { getSite } from '@/lib/content/site';
import { generatedPageMetadata } from '@/lib/metadata';
import { generatedPageJsonLd } from '@/lib/structured-data';
import { localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export function searchMetadata(locale: Locale): Metadata {
  return generatedPageMetadata('search', locale);
}

export function SearchPage({ locale }: { locale: Locale }) {
  const site = getSite(locale);
  const t = ui(locale);
  const trail = trailFromHome({ route: localizePath('/search/', locale), title: t.search.title });
  const pages = [...site.pages.values()].filter((p) => p.id !== 'home');
  return (
    <article className="article">
      <Breadcrumbs trail={trail} label={t.breadcrumb} />
      <header className="article-header">
        <h1>{t.search.title}</h1>
      </header>
      <div className="prose">
        <SearchBox
          labels={{
            label: t.searchLabel,
            button: t.searchButton,
            example: t.search.example,
            loading: t.search.loading,
            noResults: t.search.noResults,
            results: t.search.results,
            oneResult: t.search.oneResult,
          }}
        />
        <p className="notice no-js-only">
          {t.search.noJs} <a href="/sitemap.xml">{t.search.siteMap}</a> {t.search.noJsEnd}
        </p>
        <section aria-labelledby="all-pages">
          <h2 id="all-pages">{t.search.allPages}</h2>
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
              <a href={localizePath('/changes/', locale)}>{t.changes.title}</a>
            </li>
          </ul>
        </section>
      </div>
      <JsonLd data={generatedPageJsonLd('search', locale, trail)} />
    </article>
  );
}
