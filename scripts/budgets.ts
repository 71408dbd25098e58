/**
 * `npm run budgets`: deterministic size budgets over the built site, run in CI after the build.
 *
 *  - No framework runtime: a page may load only our behaviour modules (`/assets/*.js`, see
 *    lib/behaviours.ts); a `/_next/` or any other script is a breach, so the App Router runtime
 *    that lib/build/finish-pages.ts removes cannot come back unnoticed.
 *  - JavaScript per page (gzip: the behaviour modules it loads and its inline scripts) ≤ the floor
 *    + 10 kB. The floor is what a page with no interactive component of its own ships: the site
 *    chrome's behaviours (theme, language switch, copy links), which every page loads.
 *  - Only what it uses: every behaviour a page loads has an element marked `data-module` for it,
 *    and every marked element has its behaviour; PAGE_ONLY pins behaviours to their pages (the
 *    Pagefind search belongs on the search pages only).
 *  - HTML per page (gzip) ≤ HTML_BUDGET.
 *  - Elements per page ≤ the site chrome (its elements outside <main>) + ELEMENT_FACTOR × its plain
 *    twin's (scripts/lib/plain-twin.ts: the same headings, paragraphs, list items and table cells
 *    as bare HTML). Pages that do not meet it yet have their own, lower-is-better ceiling in
 *    ELEMENT_CEILINGS; a ceiling that is no longer needed is a breach too, so the list only shrinks.
 *
 * Prints a table, writes reports/budgets.md, exits 1 on a breach.
 *   usage: tsx scripts/budgets.ts [out-dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { BEHAVIOUR_DIR, BEHAVIOURS, behaviourSrc, type BehaviourName } from '../lib/behaviours';
import { DATA_SCRIPT_TYPES } from '../lib/build/finish-pages';
import { chromeCount, elementCount, plainTwin } from './lib/plain-twin';
import {
  attr,
  elements,
  gzipSize,
  htmlFiles,
  kb,
  KB,
  markdownTable,
  parseHtml,
  routeOf,
  textOf,
  writeReport,
} from './lib/out-site';

/** Allowed JavaScript above the floor, per page (gzip). */
const JS_ALLOWANCE = 10 * KB;
/**
 * HTML per page (gzip). Measured November 2026, after the runtime and its inline RSC payload
 * left the pages: largest /es/glossary/ 44 kB, then /glossary/ and § 6103 about 37 kB. The budget
 * leaves about a third for growth; past it, make the page lighter (or split it) rather than raise the limit.
 */
const HTML_BUDGET = 70 * KB;
/** Elements a page may have per element of its plain twin, over the site chrome (issue 16). */
const ELEMENT_FACTOR = 2;
/**
 * Pages over ELEMENT_FACTOR, as their own factor (measured after the December 2026 markup diet,
 * rounded up to 0.1). Statute pages also carry one <noscript> per subsection: its official and LII
 * deep links for readers without JavaScript (one element where script runs). What they still carry beyond their words are links, each one element the twin
 * does not have: a source marker per claim, the source notes with their back-links, a copy-link
 * control and permalink per section, event or term, glossary popovers. Lower these as pages get
 * lighter; never raise one to let a page grow.
 */
const ELEMENT_CEILINGS: Record<string, number> = {
  '/about/': 2.8,
  '/agreement/': 4.0,
  '/appeal/': 4.2,
  '/checked/': 4.0,
  '/es/about/': 2.8,
  '/es/agreement/': 4.1,
  '/es/appeal/': 4.2,
  '/es/checked/': 4.1,
  '/es/glossary/': 4.6,
  '/es/': 3.0,
  '/es/law/26-usc-6103/': 2.7,
  '/es/law/26-usc-7213/': 3.1,
  '/es/law/26-usc-7213a/': 3.0,
  '/es/law/26-usc-7431/': 2.9,
  '/es/law/5-usc-702/': 3.0,
  '/es/law/5-usc-704/': 3.1,
  '/es/law/5-usc-706/': 3.1,
  '/es/law/50-usc-21-24/': 3.3,
  '/es/law/8-usc-1253/': 2.9,
  '/es/law/eo-14159/': 2.4,
  '/es/law/': 4.0,
  '/es/questions/': 3.9,
  '/es/related-cases/': 3.9,
  '/es/ruling/': 4.3,
  '/es/sources/': 5.3,
  '/es/timeline/': 4.4,
  '/glossary/': 5.0,
  '/': 3.0,
  '/law/26-usc-6103/': 2.7,
  '/law/26-usc-7213/': 3.2,
  '/law/26-usc-7213a/': 3.0,
  '/law/26-usc-7431/': 2.9,
  '/law/5-usc-702/': 3.1,
  '/law/5-usc-704/': 3.2,
  '/law/5-usc-706/': 3.1,
  '/law/50-usc-21-24/': 3.4,
  '/law/8-usc-1253/': 3.0,
  '/law/eo-14159/': 2.4,
  '/law/': 4.0,
  '/questions/': 3.8,
  '/related-cases/': 4.0,
  '/ruling/': 4.3,
  '/sources/': 5.4,
  '/timeline/': 4.4,
};
/** Behaviours that may ship only on the listed pages. */
const PAGE_ONLY: Partial<Record<BehaviourName, string[]>> = {
  'search-box': ['/search/', '/es/search/'],
};

const root = path.resolve(process.argv[2] ?? 'out');
const names = Object.keys(BEHAVIOURS) as BehaviourName[];
const nameOfSrc = new Map(names.map((name) => [behaviourSrc(name), name]));

interface Page {
  route: string;
  htmlBytes: number;
  htmlGzip: number;
  /** `src` of every script the page loads. */
  scripts: string[];
  /** Text of the inline scripts that run (not JSON data). */
  inline: string[];
  /** Behaviours the page's markup asks for (`data-module`). */
  modules: Set<string>;
  elements: number;
  chrome: number;
  twin: number;
}

function readPage(file: string): Page {
  const html = fs.readFileSync(path.join(root, file), 'utf8');
  const page: Page = {
    route: routeOf(file),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(html),
    scripts: [],
    inline: [],
    modules: new Set(),
    elements: elementCount(html),
    chrome: chromeCount(html),
    twin: elementCount(plainTwin(html)),
  };
  for (const el of elements(parseHtml(html))) {
    const marked = attr(el, 'data-module');
    if (marked) page.modules.add(marked);
    if (el.tagName !== 'script') continue;
    const src = attr(el, 'src');
    if (src) page.scripts.push(src);
    else if (!DATA_SCRIPT_TYPES.has(attr(el, 'type') ?? '')) page.inline.push(textOf(el));
  }
  return page;
}

const fileGzip = new Map<string, number>();
function gzipOfSrc(src: string): number {
  const clean = src.split('?')[0] ?? src;
  let size = fileGzip.get(clean);
  if (size === undefined) {
    const file = path.join(root, clean);
    size = fs.existsSync(file) ? gzipSize(fs.readFileSync(file)) : 0;
    fileGzip.set(clean, size);
  }
  return size;
}
const inlineGzip = (page: Page) => (page.inline.length ? gzipSize(page.inline.join('\n')) : 0);
const jsOf = (page: Page) =>
  page.scripts.reduce((n, src) => n + gzipOfSrc(src), 0) + inlineGzip(page);

const pages = htmlFiles(root).map(readPage);
const breaches: string[] = [];
/** How many of its twin's elements the page spends beyond the site chrome. */
function elementFactor(page: Page): number {
  return (page.elements - page.chrome) / page.twin;
}
for (const route of Object.keys(ELEMENT_CEILINGS))
  if (!pages.some((p) => p.route === route))
    breaches.push(`${route}: in ELEMENT_CEILINGS but not in the build; remove its entry`);

// The floor: what every page loads (the site chrome), measured as a page of its own would be.
const everywhere = pages
  .map((p) => new Set(p.scripts))
  .reduce((a, b) => new Set([...a].filter((src) => b.has(src))));
const floorPage = pages.reduce((a, b) => (jsOf(b) < jsOf(a) ? b : a));
const floor = [...everywhere].reduce((n, src) => n + gzipOfSrc(src), 0) + inlineGzip(floorPage);
const jsBudget = floor + JS_ALLOWANCE;

const rows = pages.map((page) => {
  const js = jsOf(page);
  const loaded = new Set<BehaviourName>();
  for (const src of page.scripts) {
    const name = nameOfSrc.get(src);
    if (!name) {
      breaches.push(
        src.startsWith('/_next/')
          ? `${page.route}: loads Next's runtime (${src}); lib/build/finish-pages.ts should have removed it`
          : `${page.route}: loads ${src}, which is not a behaviour in lib/behaviours.ts`,
      );
      continue;
    }
    if (!fs.existsSync(path.join(root, src)))
      breaches.push(`${page.route}: loads ${src}, which is not in the build`);
    loaded.add(name);
  }
  for (const name of loaded) {
    if (!page.modules.has(name))
      breaches.push(
        `${page.route}: loads ${name} but renders nothing marked data-module="${name}"`,
      );
    const allowed = PAGE_ONLY[name];
    if (allowed && !allowed.includes(page.route))
      breaches.push(`${page.route}: loads ${name}, which belongs on ${allowed.join(', ')} only`);
  }
  for (const marked of page.modules) {
    if (!loaded.has(marked as BehaviourName))
      breaches.push(`${page.route}: renders data-module="${marked}" but does not load its script`);
  }
  if (js > jsBudget)
    breaches.push(
      `${page.route}: JavaScript ${kb(js)} gzip is over the budget ${kb(jsBudget)} (floor ${kb(floor)} + ${kb(JS_ALLOWANCE, 0)})`,
    );
  const factor = elementFactor(page);
  const ceiling = ELEMENT_CEILINGS[page.route];
  const allowed = page.chrome + (ceiling ?? ELEMENT_FACTOR) * page.twin;
  if (page.elements > allowed)
    breaches.push(
      `${page.route}: ${page.elements} elements is over its budget ${Math.floor(allowed)} (chrome ${page.chrome} + ${ceiling ?? ELEMENT_FACTOR} × twin ${page.twin}); make the page lighter`,
    );
  else if (ceiling !== undefined && factor <= ELEMENT_FACTOR)
    breaches.push(
      `${page.route}: now within ${ELEMENT_FACTOR} × its twin (${factor.toFixed(2)}): remove its entry from ELEMENT_CEILINGS`,
    );
  else if (ceiling !== undefined && factor <= ceiling - 0.2)
    breaches.push(
      `${page.route}: ${factor.toFixed(2)} × its twin, well under its ceiling ${ceiling}: lower the ceiling to ${(Math.ceil(factor * 10) / 10).toFixed(1)}`,
    );
  if (page.htmlGzip > HTML_BUDGET)
    breaches.push(
      `${page.route}: HTML ${kb(page.htmlGzip)} gzip is over the budget ${kb(HTML_BUDGET, 0)}`,
    );
  return { page, js, loaded: [...loaded].sort() };
});

const table = markdownTable(
  [
    'page',
    'JS gzip',
    'over floor',
    'HTML gzip',
    'HTML raw',
    'elements',
    'twin',
    '(elements − chrome) / twin',
    'behaviours',
  ],
  rows.map((r) => [
    r.page.route,
    kb(r.js, 2),
    `+${kb(r.js - floor, 2)}`,
    kb(r.page.htmlGzip),
    kb(r.page.htmlBytes),
    r.page.elements,
    r.page.twin,
    `${elementFactor(r.page).toFixed(2)}${r.page.route in ELEMENT_CEILINGS ? ` (ceiling ${ELEMENT_CEILINGS[r.page.route]})` : ''}`,
    r.loaded.join(', ') || '—',
  ]),
);

const maxBy = <T>(items: T[], f: (t: T) => number): T =>
  items.reduce((a, b) => (f(b) > f(a) ? b : a));
const worstJs = maxBy(rows, (r) => r.js);
const worstHtml = maxBy(rows, (r) => r.page.htmlGzip);
const worstElements = maxBy(rows, (r) => elementFactor(r.page));

const report = `# Size budgets

Generated by \`npm run budgets\` (scripts/budgets.ts) from the build in \`out/\`. Sizes are gzip
level 9, 1 kB = 1,000 bytes.

## Budgets

| budget | limit | worst page |
|---|---|---|
| framework runtime | none: only behaviour modules from \`${BEHAVIOUR_DIR}\` | ${breaches.some((b) => b.includes('runtime')) ? 'breached' : 'no page loads one'} |
| JavaScript per page | floor ${kb(floor, 2)} + ${kb(JS_ALLOWANCE, 0)} = **${kb(jsBudget, 2)}** | ${worstJs.page.route}: ${kb(worstJs.js, 2)} (+${kb(worstJs.js - floor, 2)}) |
| HTML per page | **${kb(HTML_BUDGET, 0)}** | ${worstHtml.page.route}: ${kb(worstHtml.page.htmlGzip)} |
| elements per page | site chrome + **${ELEMENT_FACTOR} ×** the plain twin's (${Object.keys(ELEMENT_CEILINGS).length} pages over it have their own ceiling, below) | ${worstElements.page.route}: ${elementFactor(worstElements.page).toFixed(2)} × |
| behaviours | only where rendered; ${Object.entries(PAGE_ONLY)
  .map(([n, p]) => `${n} only on ${p.join(', ')}`)
  .join(
    '; ',
  )} | ${breaches.some((b) => b.includes('data-module') || b.includes('belongs')) ? 'breached' : 'every page loads exactly what it renders'} |

**Elements** are counted as a browser builds the document (parse5); **chrome** is a page's elements
outside \`<main>\` (head, header, footer, scripts); the **twin** is the page's headings, paragraphs,
list items and table cells as bare HTML (scripts/lib/plain-twin.ts), the document \`npm run bench\`
runs beside the page. Target (issue 16): elements ≤ chrome + ${ELEMENT_FACTOR} × twin on every page.
${
  Object.keys(ELEMENT_CEILINGS).length
    ? `Pages that miss it, with the ceiling CI holds them to: ${Object.entries(ELEMENT_CEILINGS)
        .map(([route, c]) => `${route} ${c}×`)
        .join(', ')}.`
    : 'Every page meets it.'
}

**The floor** is the JavaScript of a page with no interactive component of its own: the site
chrome's behaviours every page loads (${[...everywhere].join(', ')}) and the inline theme script.

## Behaviour modules

${markdownTable(
  ['module', 'gzip', 'pages'],
  names.map((name) => [
    behaviourSrc(name),
    kb(gzipOfSrc(behaviourSrc(name)), 2),
    rows.filter((r) => r.loaded.includes(name)).length,
  ]),
)}

## Pages

${table}

${breaches.length ? `## Breaches\n\n${breaches.map((b) => `- ${b}`).join('\n')}` : 'No breaches.'}
`;

const written = writeReport('budgets.md', report);
console.log(table);
console.log(
  `\nFloor ${kb(floor, 2)} gzip; JS budget ${kb(jsBudget, 2)}; HTML budget ${kb(HTML_BUDGET, 0)}. ${rows.length} pages. Report: ${written}`,
);
if (breaches.length) {
  console.error(
    `\n✖ ${breaches.length} budget breach(es):\n${breaches.map((b) => `  ${b}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('✔ All pages within budget.');
