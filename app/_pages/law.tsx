import { trailFromHome } from '@/components/layout/Breadcrumbs';
import type { Metadata } from 'next';
import { ArticlePage } from '@/components/content/ArticlePage';
import { PrevNext } from '@/components/layout/PrevNext';
import { requirePage } from '@/lib/content/site';
import { pageMetadata } from '@/lib/metadata';
import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export function lawMetadata(locale: Locale): Metadata {
  return pageMetadata(requirePage('law', locale).page);
}

export function LawIndexPage({ locale }: { locale: Locale }) {
  const { site, page } = requirePage('law', locale);
  const t = ui(locale);
  const statutes = [...site.statutes.values()];
  return (
    <>
      <ArticlePage
        site={site}
        page={page}
        trail={trailFromHome({ route: page.route, title: page.data.title })}
        extraToc={[{ id: 'texts', text: t.statute.texts, depth: 2 }]}
        after={() => (
          <section aria-labelledby="texts">
            <h2 id="texts">{t.statute.texts}</h2>
            <ul className="statute-index">
              {statutes.map((statute) => (
                <li key={statute.id} id={statute.id}>
                  <a href={statute.route}>
                    <span className="statute-citation">{statute.data.citation}</span>{' '}
                    {statute.data.heading}
                  </a>
                  <span className="statute-completeness">
                    {statute.data.completeness === 'complete'
                      ? t.statute.completeText
                      : t.statute.partialText}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      />
      <PrevNext route={page.route} locale={locale} />
    </>
  );
}
