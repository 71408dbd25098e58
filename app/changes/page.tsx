import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { JsonLd } from '@/components/structured-data/JsonLd';
import { getSite } from '@/lib/content/site';
import { formatDate } from '@/lib/dates';
import { NoteNumbers, renderMarkdown } from '@/lib/markdown/render';
import { generatedPageMetadata } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/site-config';
import { generatedPageJsonLd } from '@/lib/structured-data';

export const metadata: Metadata = {
  ...generatedPageMetadata('changes'),
  alternates: {
    canonical: absoluteUrl('/changes/'),
    types: { 'application/atom+xml': '/feed.xml' },
  },
};

const TRAIL = [
  { href: '/', label: 'Home' },
  { href: '/changes/', label: 'Changes' },
];

const KIND: Record<string, string> = {
  addition: 'Addition',
  correction: 'Correction',
  update: 'Update',
};

export default function ChangesPage() {
  const site = getSite();
  const notes = new NoteNumbers();
  return (
    <article className="article">
      <Breadcrumbs trail={TRAIL} />
      <header className="article-header">
        <h1>Changes and corrections</h1>
        <p className="article-summary">
          Every dated addition, update and correction, newest first. Follow them with the{' '}
          <a href="/feed.xml">Atom feed</a>.
        </p>
      </header>
      <ol className="change-log prose">
        {site.changes.map((change) => (
          <li key={change.id} id={change.id}>
            <h2>
              <a href={`#${change.id}`} className="anchor-link">
                <time dateTime={change.data.date}>{formatDate(change.data.date)}</time>:{' '}
                {change.data.title}
              </a>
            </h2>
            <p className="change-kind">{KIND[change.data.kind]}</p>
            {renderMarkdown(change.tree, { site, notes })}
            {change.data.pages.length ? (
              <p>
                Pages:{' '}
                {change.data.pages.map((p, i) => (
                  <span key={p}>
                    {i > 0 ? ', ' : ''}
                    <a href={p}>{p}</a>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <JsonLd data={generatedPageJsonLd('changes', TRAIL)} />
    </article>
  );
}
