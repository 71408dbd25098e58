'use client';

import { useEffect, useRef, useState } from 'react';
import { citedProvision, expandLegalQuery } from '@/lib/search/legal-query';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string }[];
  /** Every element with an id in the page: statute subsections among them. */
  anchors?: { id: string }[];
}

interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

interface Hit {
  url: string;
  page: string;
  section: string;
}

export interface SearchBoxLabels {
  label: string;
  button: string;
  /** Messages with a {query} slot. */
  noResults: string;
  results: string;
  oneResult: string;
}

/**
 * Pagefind search with legal citations understood ("§ 6103(i)(2)", "IRC 6103", "No. 25-5181").
 * A query that names a subsection leads straight to it on the statute page (`#i_2`): Pagefind's
 * own sub-results follow headings only, but its anchor list holds every subsection id.
 */
export function SearchBox({ labels }: { labels: SearchBoxLabels }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const pagefind = useRef<Pagefind | null>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) void run(q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function load(): Promise<Pagefind> {
    if (!pagefind.current) {
      const path = '/pagefind/pagefind.js';
      pagefind.current = (await import(
        /* webpackIgnore: true */ /* turbopackIgnore: true */ path
      )) as Pagefind;
    }
    return pagefind.current;
  }

  async function run(raw: string) {
    setQuery(raw);
    const engine = await load();
    const response = await engine.search(expandLegalQuery(raw));
    const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
    const provision = citedProvision(raw);
    const hits = data.map((d) => {
      if (
        provision &&
        d.url.includes(`/law/`) &&
        d.url.toLowerCase().includes(provision.section.toLowerCase()) &&
        d.anchors?.some((a) => a.id === provision.id)
      ) {
        return {
          url: `${d.url}#${provision.id}`,
          page: d.meta.title ?? d.url,
          section: provision.label,
          exact: true,
        };
      }
      const sub = d.sub_results?.[0];
      return {
        url: sub?.url ?? d.url,
        page: d.meta.title ?? d.url,
        section: sub && sub.title !== d.meta.title ? sub.title : '',
        exact: false,
      };
    });
    // The subsection a citation names comes first, ahead of pages that discuss it.
    setHits([...hits.filter((h) => h.exact), ...hits.filter((h) => !h.exact)]);
  }

  return (
    <div className="search-box">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void run(query);
          history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
        }}
      >
        <label htmlFor="search-input">{labels.label}</label>
        <input
          id="search-input"
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="e.g. § 6103(i)(2), No. 25-5181, taxpayer identity"
        />
        <button type="submit">{labels.button}</button>
      </form>
      <div aria-live="polite" className="search-results">
        {hits === null ? null : hits.length === 0 ? (
          <p>{labels.noResults.replace('{query}', query)}</p>
        ) : (
          <>
            <p>
              {(hits.length === 1 ? labels.oneResult : labels.results)
                .replace('0', String(hits.length))
                .replace('{query}', query)}
            </p>
            <ol>
              {hits.map((hit) => (
                <li key={hit.url}>
                  <a href={hit.url}>
                    {hit.page}
                    {hit.section ? ` — ${hit.section}` : ''}
                  </a>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
