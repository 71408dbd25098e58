import { trailFromHome } from '@/components/layout/Breadcrumbs';
import type { Metadata } from 'next';
import { AliasMarkers } from '@/components/content/AliasMarkers';
import { ArticlePage } from '@/components/content/ArticlePage';
import { SourceCitation } from '@/components/content/SourceNotes';
import { requirePage } from '@/lib/content/site';
import { pageMetadata } from '@/lib/metadata';
import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export function sourcesMetadata(locale: Locale): Metadata {
  return pageMetadata(requirePage('sources', locale).page);
}

export function SourcesPage({ locale }: { locale: Locale }) {
  const { site, page } = requirePage('sources', locale);
  const t = ui(locale);
  const sources = [...site.sources.values()].sort(
    (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.id.localeCompare(b.id),
  );
  return (
    <ArticlePage
      site={site}
      page={page}
      trail={trailFromHome({ route: page.route, title: page.data.title })}
      after={() => (
        <ol className="sources-list">
          {sources.map((source) => (
            <li
              key={source.id}
              id={source.id}
              data-copy-name={t.copyLinkTo(t.theSource(source.data.publisher))}
              tabIndex={-1}
            >
              <AliasMarkers site={site} route="/sources/" id={source.id} />
              <SourceCitation source={source.data} locale={locale} />
              <span className="source-labels">
                {' '}
                {source.data.kind === 'primary' ? t.sourcesList.primary : t.sourcesList.secondary}
                {' · '}
                {t.sourcesList.confidence[source.data.confidence]}
                {source.data.facts.length ? (
                  <>
                    {' · '}
                    {t.sourcesList.factBase} {source.data.facts.join(', ')}
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    />
  );
}
