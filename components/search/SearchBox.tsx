export interface SearchBoxLabels {
  label: string;
  button: string;
  /** Example queries, shown in the empty box. */
  example: string;
  loading: string;
  /** Messages with {query} and {count} slots. */
  noResults: string;
  results: string;
  oneResult: string;
}

/**
 * The search form. Submitting it loads this page with `?q=`; search-box.browser.ts then runs the
 * query with Pagefind (legal citations understood) and lists the results. Without JavaScript the
 * page's list of every page stands in for results.
 */
export function SearchBox({ labels }: { labels: SearchBoxLabels }) {
  return (
    <div
      className="search-box"
      data-module="search-box"
      data-loading={labels.loading}
      data-no-results={labels.noResults}
      data-results={labels.results}
      data-one-result={labels.oneResult}
    >
      <form role="search" method="get">
        <label htmlFor="search-input">{labels.label}</label>
        <input id="search-input" name="q" type="search" placeholder={labels.example} />
        <button type="submit">{labels.button}</button>
      </form>
      <div aria-live="polite" className="search-results" />
    </div>
  );
}
