'use client';

import { useEffect, useRef, useState } from 'react';
import { expandLegalQuery } from '@/lib/search/legal-query';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

interface Hit {
  url: string;
  page: string;
  section: string;
}

/** Pagefind search with legal citations understood ("§ 6103(i)(2)", "IRC 6103", "No. 25-5181"). */
export function SearchBox() {
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
    setHits(
      data.map((d) => {
        const sub = d.sub_results?.[0];
        return {
          url: sub?.url ?? d.url,
          page: d.meta.title ?? d.url,
          section: sub && sub.title !== d.meta.title ? sub.title : '',
        };
      }),
    );
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
        <label htmlFor="search-input">Search the site</label>
        <input
          id="search-input"
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="e.g. § 6103(i)(2), No. 25-5181, taxpayer identity"
        />
        <button type="submit">Search</button>
      </form>
      <div aria-live="polite" className="search-results">
        {hits === null ? null : hits.length === 0 ? (
          <p>No results for “{query}”.</p>
        ) : (
          <>
            <p>
              {hits.length} result{hits.length === 1 ? '' : 's'} for “{query}”
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
