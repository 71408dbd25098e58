/**
 * `npm run budgets`: deterministic size budgets over the built site, run in CI after the build.
 *
 *  - No framework runtime and no script file in the markup: a page's only scripts are the inline
 *    theme script and behaviour loader (lib/behaviour-loader.ts), which loads our behaviour modules
 *    (`/assets/*.js`, lib/behaviours.ts) for the elements marked `data-module`. A `/_next/` or any
 *    other `<script src>` is a breach, so the App Router runtime that lib/build/finish-pages.ts
 *    removes cannot come back unnoticed.
 *  - JavaScript per page (gzip: its inline scripts and the behaviour modules its markup asks for)
 *    ≤ the floor + 10 kB. The floor is what a page with no interactive component of its own ships:
 *    the site chrome's behaviours (theme, language switch, copy links), which every page loads.
 *  - Only what it uses: every `data-module` names a behaviour that is in the build; PAGE_ONLY pins
 *    behaviours to their pages (the Pagefind search belongs on the search pages only).
 *  - HTML per page (gzip) ≤ HTML_BUDGET.
 *  - One copy-link control per page at most: items name the shared one (`data-copy-name`) rather
 *    than carry their own.
 *  - Elements per page ≤ the site chrome (its elements outside <main>) + ELEMENT_FACTOR × its plain
 *    twin's (scripts/lib/plain-twin.ts: the same headings, paragraphs, list items and table cells
 *    as bare HTML). Pages that do not meet it yet have their own, lower-is-better ceiling in
 *    ELEMENT_CEILINGS; a ceiling that is no longer needed is a breach too, so the list only shrinks.
 *
 *  - Embed pages (/embed/, /es/embed/, lib/embed/) have budgets of their own, since they are
 *    documents of their own: no behaviour and no script file, their one inline script is the
 *    height report; HTML with its inline CSS ≤ EMBED_HTML_BUDGET gzip (the issue's limit for the
 *    home card, held for every embed); elements ≤ EMBED_DOCUMENT + ELEMENT_FACTOR × the twin.
 *
 * Prints a table, writes reports/budgets.md, exits 1 on a breach.
 *   usage: tsx scripts/budgets.ts [out-dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { BEHAVIOUR_LOADER } from '../lib/behaviour-loader';
import { BEHAVIOUR_DIR, BEHAVIOURS, behaviourSrc, type BehaviourName } from '../lib/behaviours';
import { EMBED_SCRIPT } from '../lib/embed/assets';
import { isEmbedPath } from '../lib/serve/headers';
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
 * Pages over ELEMENT_FACTOR, as their own factor (measured after the December 2026 markup diet, and
 * again once sections, events, terms and sources shared one copy-link control; rounded up to 0.1).
 * Statute pages also carry one <noscript> per subsection: its official and LII deep links for
 * readers without JavaScript (one element where script runs). What they still carry beyond their
 * words are links, each one element the twin does not have: a source marker per claim, the source
 * notes with their back-links, a permalink per section, event or term, glossary popovers. Lower
 * these as pages get lighter; never raise one to let a page grow.
 */
const ELEMENT_CEILINGS: Record<string, number> = {
  '/about/': 2.3,
  '/agreement/': 3.6,
  '/appeal/': 3.3,
  '/checked/': 3.3,
  '/es/about/': 2.3,
  '/es/agreement/': 3.7,
  '/es/appeal/': 3.3,
  '/es/checked/': 3.4,
  '/es/glossary/': 3.3,
  '/es/': 2.7,
  '/es/law/26-usc-6103/': 2.4,
  '/es/law/26-usc-7213/': 2.2,
  '/es/law/26-usc-7213a/': 2.1,
  '/es/law/26-usc-7431/': 2.2,
  '/es/law/5-usc-706/': 2.2,
  '/es/law/50-usc-21-24/': 2.3,
  '/es/law/8-usc-1253/': 2.2,
  '/es/law/': 3.3,
  '/es/questions/': 3.3,
  '/es/related-cases/': 3.4,
  '/es/ruling/': 3.6,
  '/es/sources/': 2.8,
  '/es/timeline/': 4.0,
  '/glossary/': 3.5,
  '/': 2.7,
  '/law/26-usc-6103/': 2.4,
  '/law/26-usc-7213/': 2.3,
  '/law/26-usc-7213a/': 2.1,
  '/law/26-usc-7431/': 2.2,
  '/law/5-usc-706/': 2.2,
  '/law/50-usc-21-24/': 2.3,
  '/law/8-usc-1253/': 2.2,
  '/law/': 3.3,
  '/questions/': 3.3,
  '/related-cases/': 3.4,
  '/ruling/': 3.6,
  '/sources/': 2.8,
  '/timeline/': 4.0,
};
/** HTML and its inline CSS per embed page (gzip): what a host page pays for one embed. */
const EMBED_HTML_BUDGET = 10 * KB;
/**
 * An embed page's elements besides its words: html, head, body, 4 meta, title, oEmbed link, style,
 * article, kicker with its link, the heading link, the date, the sources box and the "read more"
 * link, the script.
 */
const EMBED_DOCUMENT = 22;
/** Behaviours that may ship only on the listed pages. */
const PAGE_ONLY: Partial<Record<BehaviourName, string[]>> = {
  'search-box': ['/search/', '/es/search/'],
};

const root = path.resolve(process.argv[2] ?? 'out');
const names = Object.keys(BEHAVIOURS) as BehaviourName[];
const isBehaviour = (name: string): name is BehaviourName => name in BEHAVIOURS;

interface Page {
  route: string;
  htmlBytes: number;
  htmlGzip: number;
  /** `src` of every script element in the markup (none: behaviours come through the loader). */
  scripts: string[];
  /** Text of the inline scripts that run (not JSON data). */
  inline: string[];
  /** Behaviours the page's markup asks for (`data-module`): what the loader fetches. */
  modules: Set<string>;
  elements: number;
  chrome: number;
  twin: number;
  /** Copy-link controls in the markup: at most the one the page shares (none where the behaviour makes it). */
  copyControls: number;
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
    copyControls: 0,
  };
  for (const el of elements(parseHtml(html))) {
    const marked = attr(el, 'data-module');
    if (marked) page.modules.add(marked);
    if (attr(el, 'class')?.split(' ').includes('copy-link')) page.copyControls++;
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
/** The behaviour modules the loader fetches for the page. */
const behavioursOf = (page: Page) => [...page.modules].filter(isBehaviour);
const jsOf = (page: Page) =>
  behavioursOf(page).reduce((n, name) => n + gzipOfSrc(behaviourSrc(name)), 0) + inlineGzip(page);

const allPages = htmlFiles(root).map(readPage);
const pages = allPages.filter((page) => !isEmbedPath(page.route));
const embeds = allPages.filter((page) => isEmbedPath(page.route));
const breaches: string[] = [];
for (const page of embeds) {
  if (page.scripts.length || page.modules.size)
    breaches.push(`${page.route}: an embed page loads no script file and no behaviour`);
  if (page.inline.some((script) => script !== EMBED_SCRIPT))
    breaches.push(`${page.route}: an inline script other than the embed height report`);
  if (page.htmlGzip > EMBED_HTML_BUDGET)
    breaches.push(
      `${page.route}: HTML ${kb(page.htmlGzip)} gzip is over the embed budget ${kb(EMBED_HTML_BUDGET, 0)}`,
    );
  if (page.elements > EMBED_DOCUMENT + ELEMENT_FACTOR * page.twin)
    breaches.push(
      `${page.route}: ${page.elements} elements is over its budget ${EMBED_DOCUMENT} + ${ELEMENT_FACTOR} × twin ${page.twin}`,
    );
}
/** Embed pages by kind (`/embed/law/…` → law), for the report. */
const embedKinds = new Map<string, Page[]>();
for (const page of embeds) {
  const kind = page.route.replace(/^(\/es)?\/embed\//, '').split('/')[0] ?? '';
  embedKinds.set(kind, [...(embedKinds.get(kind) ?? []), page]);
}
const embedTable = markdownTable(
  ['embed kind', 'pages', 'HTML + CSS gzip: smallest', 'median', 'largest', 'largest page'],
  [...embedKinds].map(([kind, group]) => {
    const sorted = [...group].sort((a, b) => a.htmlGzip - b.htmlGzip);
    return [
      kind,
      group.length,
      kb(sorted[0]!.htmlGzip),
      kb(sorted[sorted.length >> 1]!.htmlGzip),
      kb(sorted.at(-1)!.htmlGzip),
      sorted.at(-1)!.route,
    ];
  }),
);
/** How many of its twin's elements the page spends beyond the site chrome. */
function elementFactor(page: Page): number {
  return (page.elements - page.chrome) / page.twin;
}
for (const route of Object.keys(ELEMENT_CEILINGS))
  if (!pages.some((p) => p.route === route))
    breaches.push(`${route}: in ELEMENT_CEILINGS but not in the build; remove its entry`);

// The floor: what every page loads (the site chrome), measured as a page of its own would be.
const everywhere = pages
  .map((p) => new Set(behavioursOf(p)))
  .reduce((a, b) => new Set([...a].filter((name) => b.has(name))));
const floorPage = pages.reduce((a, b) => (jsOf(b) < jsOf(a) ? b : a));
const floor =
  [...everywhere].reduce((n, name) => n + gzipOfSrc(behaviourSrc(name)), 0) + inlineGzip(floorPage);
const jsBudget = floor + JS_ALLOWANCE;

const rows = pages.map((page) => {
  const js = jsOf(page);
  for (const src of page.scripts)
    breaches.push(
      src.startsWith('/_next/')
        ? `${page.route}: loads Next's runtime (${src}); lib/build/finish-pages.ts should have removed it`
        : `${page.route}: has <script src="${src}">; behaviours load through lib/behaviour-loader.ts`,
    );
  for (const marked of page.modules)
    if (!isBehaviour(marked))
      breaches.push(
        `${page.route}: marks data-module="${marked}", which is not a behaviour in lib/behaviours.ts`,
      );
  const loaded = behavioursOf(page);
  for (const name of loaded) {
    if (!fs.existsSync(path.join(root, behaviourSrc(name))))
      breaches.push(
        `${page.route}: renders ${name}, whose ${behaviourSrc(name)} is not in the build`,
      );
    const allowed = PAGE_ONLY[name];
    if (allowed && !allowed.includes(page.route))
      breaches.push(`${page.route}: loads ${name}, which belongs on ${allowed.join(', ')} only`);
  }
  if (page.copyControls > 1)
    breaches.push(
      `${page.route}: ${page.copyControls} copy-link controls; a page shares one (page-enhancements.browser.ts), items name it with data-copy-name`,
    );
  if (page.modules.size && !page.inline.includes(BEHAVIOUR_LOADER))
    breaches.push(`${page.route}: renders behaviours but has no behaviour loader`);
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
  return { page, js, loaded: loaded.sort() };
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
| embed pages (${embeds.length}) | HTML + inline CSS **${kb(EMBED_HTML_BUDGET, 0)}** each; no behaviour, no script file, the height report its one script; elements ≤ ${EMBED_DOCUMENT} + ${ELEMENT_FACTOR} × twin | ${embeds.length ? `${maxBy(embeds, (p) => p.htmlGzip).route}: ${kb(maxBy(embeds, (p) => p.htmlGzip).htmlGzip)}` : 'none built'} |
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
chrome's behaviours every page loads (${[...everywhere].join(', ')}), the inline theme script and the
behaviour loader.

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

## Embed pages

${embedTable}

${breaches.length ? `## Breaches\n\n${breaches.map((b) => `- ${b}`).join('\n')}` : 'No breaches.'}
`;

const written = writeReport('budgets.md', report);
console.log(table);
console.log(embedTable);
console.log(
  `\nFloor ${kb(floor, 2)} gzip; JS budget ${kb(jsBudget, 2)}; HTML budget ${kb(HTML_BUDGET, 0)}. ${rows.length} pages, ${embeds.length} embed pages. Report: ${written}`,
);
if (breaches.length) {
  console.error(
    `\n✖ ${breaches.length} budget breach(es):\n${breaches.map((b) => `  ${b}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('✔ All pages within budget.');
