/**
 * Reading pages ship no framework runtime. The server renders every control; where a reader's
 * interaction needs code (copy a link, switch a citation style, filter, search), the component marks
 * its root with `data-module="<name>"`, and the page's behaviour loader (lib/behaviour-loader.ts)
 * loads `/assets/<name>.js` once the first screen has painted: a small browser module bundled from
 * the source below by scripts/bundle-behaviours.ts. A page therefore loads only the behaviours it
 * renders (the GOV.UK Frontend pattern), and everything works, less conveniently, without them.
 */
export const BEHAVIOURS = {
  'page-enhancements': 'components/layout/page-enhancements.browser.ts',
  'theme-toggle': 'components/layout/theme-toggle.browser.ts',
  'language-switch': 'components/layout/language-switch.browser.ts',
  'citation-styles': 'components/citation/citation-styles.browser.ts',
  'timeline-filter': 'components/timeline/timeline-filter.browser.ts',
  'search-box': 'components/search/search-box.browser.ts',
  'embed-this': 'components/embed/embed-this.browser.ts',
} as const;

export type BehaviourName = keyof typeof BEHAVIOURS;

/** Where a behaviour's bundle is served. */
export const BEHAVIOUR_DIR = '/assets/';

export function behaviourSrc(name: BehaviourName): string {
  return `${BEHAVIOUR_DIR}${name}.js`;
}
