import type { Metadata } from 'next';
import { Breadcrumbs, trailFromHome } from '@/components/layout/Breadcrumbs';
import { JsonLd } from '@/components/structured-data/JsonLd';
import { getSite } from '@/lib/content/site';
import { formatDate } from '@/lib/dates';
import { NoteNumbers, renderMarkdown } from '@/lib/markdown/render';
import { generatedPageMetadata } from '@/lib/metadata';
import { generatedPageJsonLd } from '@/lib/structured-data';
import { localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import { FEED_TYPE, feedPath } from '@/lib/feed';

export function changesMetadata(locale: Locale): Metadata {
  return generatedPageMetadata('changes', locale);
}

export function ChangesPage({ locale }: { locale: Locale }) {
  const site = getSite(locale);
  const t = ui(locale);
  const notes = new NoteNumbers();
  const trail = trailFromHome({ route: localizePath('/changes/', locale), title: t.changes.crumb });
  return (
    <article className="article">
      <Breadcrumbs trail={trail} label={t.breadcrumb} />
      <header className="article-header">
        <h1>{t.changes.title}</h1>
        <p className="article-summary">{t.changes.intro}</p>
        <p className="feed-follow">
          <a href={feedPath(locale)} type={FEED_TYPE}>
            {t.changes.follow}
          </a>
        </p>
      </header>
      <ol className="change-log prose">
        {site.changes.map((change) => (
          <li key={change.id} id={change.id}>
            <h2>
              <a href={`#${change.id}`} className="anchor-link">
                <time dateTime={change.data.date}>{formatDate(change.data.date, locale)}</time>:{' '}
                {change.data.title}
              </a>
            </h2>
            <p className="change-kind">{t.changes.kinds[change.data.kind]}</p>
            {renderMarkdown(change.tree, { site, notes })}
            {change.data.pages.length ? (
              <p>
                {t.changes.pages}
                {change.data.pages.map((p, i) => (
                  <span key={p}>
                    {i > 0 ? ', ' : ''}
                    <a href={localizePath(p, locale)}>{localizePath(p, locale)}</a>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <JsonLd data={generatedPageJsonLd('changes', locale, trail)} />
    </article>
  );
}
