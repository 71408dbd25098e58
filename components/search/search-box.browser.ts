/**
 * Pagefind search (SearchBox.tsx) with legal citations understood ("§ 6103(i)(2)", "IRC 6103",
 * "No. 25-5181"). A query that names a subsection leads straight to it on the statute page
 * (`#i_2`): Pagefind's own sub-results follow headings only, but its anchor list holds every
 * subsection id. Each search is kept in the URL (`?q=`), so results can be shared and reloaded.
 */
import { eachModule } from '@/lib/browser/dom';
import { citedProvision, expandLegalQuery } from '@/lib/search/legal-query';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string }[];
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
  exact: boolean;
}

// Pagefind writes its own index and loader at build time; the path stays out of the bundle.
const PAGEFIND = '/pagefind/pagefind.js';
let engine: Promise<Pagefind> | null = null;

eachModule('search-box', (root) => {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const output = root.querySelector<HTMLElement>('.search-results');
  if (!form || !input || !output) return;
  const text = (key: string, query: string, count = 0) =>
    (root.dataset[key] ?? '').replace('{query}', query).replace('{count}', String(count));

  const run = async (query: string) => {
    output.textContent = text('loading', query);
    engine ??= import(PAGEFIND) as Promise<Pagefind>;
    const response = await (await engine).search(expandLegalQuery(query));
    const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
    const provision = citedProvision(query);
    const hits: Hit[] = data.map((d) => {
      if (
        provision &&
        d.url.includes('/law/') &&
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
    const ordered = [...hits.filter((h) => h.exact), ...hits.filter((h) => !h.exact)];
    const summary = document.createElement('p');
    if (!ordered.length) {
      summary.textContent = text('noResults', query);
      output.replaceChildren(summary);
      return;
    }
    summary.textContent = text(
      ordered.length === 1 ? 'oneResult' : 'results',
      query,
      ordered.length,
    );
    const list = document.createElement('ol');
    for (const hit of ordered) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.section ? `${hit.page} — ${hit.section}` : hit.page;
      item.append(link);
      list.append(item);
    }
    output.replaceChildren(summary, list);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    void run(query);
  });
  const fromUrl = new URLSearchParams(location.search).get('q')?.trim();
  if (fromUrl) {
    input.value = fromUrl;
    void run(fromUrl);
  }
});
