/**
 * Public URLs. They are permanent the day they ship: change one only with an alias
 * (see lib/anchors) so old links keep landing.
 */

/** Pages whose route is not `/<file name>/`. */
const SPECIAL_PAGE_ROUTES: Record<string, string> = { home: '/' };

export function pageRoute(id: string): string {
  return SPECIAL_PAGE_ROUTES[id] ?? `/${id}/`;
}

export function statuteRoute(id: string): string {
  return `/law/${id}/`;
}

/** Routes the code builds with no page file of their own. */
export const GENERATED_ROUTES = ['/changes/', '/search/', '/feed.xml', '/es/feed.xml', '/sitemap.xml', '/data/timeline.json', '/data/glossary.json', '/data/sources.json'] as const;

/** Pages that present a generated list and therefore must exist as content (for their intro). */
export const LIST_PAGES = ['timeline', 'glossary', 'sources', 'law'] as const;

export function timelineYearId(year: string): string {
  return `year-${year}`;
}

export function glossaryLetterId(letter: string): string {
  return `letter-${letter.toLowerCase()}`;
}

/** Ids the layout renders on every content page. */
export const LAYOUT_IDS = ['main-content', 'notes', 'cite'] as const;

/** The "Page history" section below every explainer and statute page. */
export const PAGE_HISTORY_ID = 'page-history';
