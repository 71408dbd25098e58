import type { Metadata } from 'next';
import { AliasMarkers } from '@/components/content/AliasMarkers';
import { ArticlePage } from '@/components/content/ArticlePage';
import { CopyLinkButton } from '@/components/content/CopyLinkButton';
import { SourceCitation } from '@/components/content/SourceNotes';
import { requirePage } from '@/lib/content/site';
import { pageMetadata } from '@/lib/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata(requirePage('sources').page);
}

const CONFIDENCE: Record<string, string> = {
  'verified-in-primary': 'Verified in a primary text',
  'verified-in-secondary': 'Verified in secondary reporting',
  weak: 'Weak or single source',
};

export default function SourcesPage() {
  const { site, page } = requirePage('sources');
  const sources = [...site.sources.values()].sort(
    (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.id.localeCompare(b.id),
  );
  return (
    <ArticlePage
      site={site}
      page={page}
      trail={[
        { href: '/', label: 'Home' },
        { href: '/sources/', label: 'Sources' },
      ]}
      after={() => (
        <ol className="sources-list">
          {sources.map((source) => (
            <li key={source.id} id={source.id} tabIndex={-1}>
              <AliasMarkers site={site} route="/sources/" id={source.id} />
              <SourceCitation source={source.data} />{' '}
              <CopyLinkButton fragment={source.id} label={`the source ${source.data.publisher}`} />
              <span className="source-labels">
                {' '}
                <span className={`source-kind kind-${source.data.kind}`}>
                  {source.data.kind === 'primary' ? 'Primary' : 'Secondary'}
                </span>
                {' · '}
                <span className="source-confidence">{CONFIDENCE[source.data.confidence]}</span>
                {source.data.facts.length ? (
                  <>
                    {' · '}Fact base {source.data.facts.join(', ')}
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
