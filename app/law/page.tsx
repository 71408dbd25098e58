import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticlePage } from '@/components/content/ArticlePage';
import { PrevNext } from '@/components/layout/PrevNext';
import { requirePage } from '@/lib/content/site';
import { pageMetadata } from '@/lib/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata(requirePage('law').page);
}

export default function LawIndexPage() {
  const { site, page } = requirePage('law');
  const statutes = [...site.statutes.values()];
  return (
    <>
      <ArticlePage
        site={site}
        page={page}
        trail={[
          { href: '/', label: 'Home' },
          { href: '/law/', label: 'The law' },
        ]}
        extraToc={[{ id: 'texts', text: 'The texts', depth: 2 }]}
        after={() => (
          <section aria-labelledby="texts">
            <h2 id="texts">The texts</h2>
            <ul className="statute-index">
              {statutes.map((statute) => (
                <li key={statute.id} id={statute.id}>
                  <Link href={statute.route}>
                    <span className="statute-citation">{statute.data.citation}</span>{' '}
                    {statute.data.heading}
                  </Link>
                  <span className="statute-completeness">
                    {statute.data.completeness === 'complete' ? 'Complete text' : 'Partial text'}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      />
      <PrevNext route={'/law/'} />
    </>
  );
}
