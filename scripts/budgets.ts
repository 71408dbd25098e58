/**
 * `npm run budgets`: deterministic size budgets over the built site, run in CI after the build.
 *
 *  - JavaScript per page (gzip, the `<script src>` files a modern browser runs) ≤ the App Router
 *    floor + 10 kB. The floor is what a page with no client component of ours would ship: the
 *    chunks every page loads, with our own client modules (and whatever only they import) cut out
 *    and the remainder gzipped. Every page here renders layout client leaves, so no built page is
 *    the floor itself; the cut is computed from Next's client reference manifests.
 *  - HTML per page (gzip) ≤ HTML_BUDGET. The inline RSC payload (`self.__next_f.push`) roughly
 *    doubles each page; it is reported so its growth is visible.
 *  - No page ships a client component it does not use: each page's React flight data names the
 *    client references it renders; any client component of ours inside the chunks it loads that is
 *    neither rendered nor imported by one that is, is a breach. PAGE_ONLY pins components that
 *    must stay on their own pages (the Pagefind search client belongs on /search/ only).
 *
 * Prints a table, writes reports/budgets.md, exits 1 on a breach.
 *   usage: tsx scripts/budgets.ts [out-dir]
 */
import fs from 'node:fs';
import path from 'node:path';
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
import {
  chunkWithout,
  type Chunk,
  clientReferences,
  readChunk,
  reachable,
  type ChunkModule,
} from './lib/turbopack';

/** Allowed JavaScript above the floor, per page (gzip). */
const JS_ALLOWANCE = 10 * KB;
/**
 * HTML per page (gzip), inline RSC payload included (about 60% of it). Measured November 2026:
 * largest pages /glossary/ 83 kB, 26 U.S.C. § 6103 81 kB, /timeline/ 77 kB (each grew by about
 * 40% in one day of feature work). The budget leaves about 45% for growth; past it, make the page lighter
 * (or split it) rather than raise the limit.
 */
const HTML_BUDGET = 120 * KB;
/** Client components that may ship only on the listed pages. */
const PAGE_ONLY: Record<string, string[]> = {
  'components/search/SearchBox.client.tsx': ['/search/', '/es/search/'],
};

const root = path.resolve(process.argv[2] ?? 'out');

interface Script {
  src: string;
  /** `nomodule` scripts (Next's polyfills) are never run, nor fetched, by a modern browser. */
  noModule: boolean;
}

interface Page {
  route: string;
  htmlBytes: number;
  htmlGzip: number;
  scripts: Script[];
  inlineBytes: number;
  inlineGzip: number;
  /** Module ids of the client references the page's flight data renders. */
  rendered: Set<number>;
}

function readPage(file: string): Page {
  const html = fs.readFileSync(path.join(root, file), 'utf8');
  const scripts: Script[] = [];
  const inline: string[] = [];
  for (const el of elements(parseHtml(html))) {
    if (el.tagName !== 'script') continue;
    const src = attr(el, 'src');
    if (src) scripts.push({ src, noModule: attr(el, 'nomodule') !== undefined });
    else inline.push(textOf(el));
  }
  return {
    route: routeOf(file),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(html),
    scripts,
    inlineBytes: inline.reduce((n, s) => n + Buffer.byteLength(s), 0),
    inlineGzip: inline.length ? gzipSize(inline.join('\n')) : 0,
    rendered: flightClientReferences(inline),
  };
}

/**
 * The client references in React's flight data: rows `<id>:I[<module id>, [chunks], "<export>"]`
 * inside `self.__next_f.push([1, "<rows>"])` scripts.
 */
function flightClientReferences(inline: string[]): Set<number> {
  let flight = '';
  for (const script of inline) {
    const match = /^\s*self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/.exec(script);
    if (!match?.[1]) continue;
    const payload: unknown = JSON.parse(match[1]);
    if (Array.isArray(payload) && payload[0] === 1 && typeof payload[1] === 'string')
      flight += payload[1];
  }
  const ids = new Set<number>();
  for (const match of flight.matchAll(/(?:^|\n)[0-9a-f]+:I\[(\d+),/g)) ids.add(Number(match[1]));
  return ids;
}

function isLocal(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//');
}

// --------------------------------------------------------------------------------------------

const pages = htmlFiles(root).map(readPage);
const references = clientReferences();
const ours = new Set([...references.values()].filter((r) => r.project).map((r) => r.id));
const nameOf = (id: number) => references.get(id)?.name ?? `module ${id}`;

const chunks = new Map<string, Chunk>();
const chunk = (src: string): Chunk => {
  const clean = src.split('?')[0]!;
  let found = chunks.get(clean);
  if (!found) {
    found = readChunk(root, clean);
    chunks.set(clean, found);
  }
  return found;
};
const chunkGzip = new Map<string, number>();
const gzipOf = (src: string) => {
  const c = chunk(src);
  if (!chunkGzip.has(c.file)) chunkGzip.set(c.file, gzipSize(c.source));
  return chunkGzip.get(c.file)!;
};

const foreign = pages.flatMap((p) =>
  p.scripts.filter((s) => !isLocal(s.src)).map((s) => `${p.route}: external script ${s.src}`),
);
const runScripts = (p: Page) => p.scripts.filter((s) => !s.noModule && isLocal(s.src));

// The floor: chunks every page loads, minus the modules only our client components need.
// The 404 page is Next's global-not-found document, built apart from the two editions' layouts
// with its own chunk set; it is measured against the budget but left out of the intersection.
const NOT_FOUND = new Set(['/404.html', '/404/', '/_not-found/']);
const shared = pages
  .filter((p) => !NOT_FOUND.has(p.route))
  .map((p) => new Set(runScripts(p).map((s) => s.src)))
  .reduce((a, b) => new Set([...a].filter((src) => b.has(src))));
const sharedModules = new Map<number, ChunkModule>();
for (const src of shared) for (const [id, m] of chunk(src).modules) sharedModules.set(id, m);
const fromOurs = reachable(
  [...ours].filter((id) => sharedModules.has(id)),
  sharedModules,
);
const keepRoots = [...sharedModules.keys()].filter((id) => !fromOurs.has(id));
const needed = reachable(keepRoots, sharedModules);
const ourOnly = new Set([...fromOurs].filter((id) => !needed.has(id)));
const floorParts = [...shared].map((src) => ({
  src,
  full: gzipOf(src),
  framework: gzipSize(chunkWithout(chunk(src), ourOnly)),
}));
const floor = floorParts.reduce((n, p) => n + p.framework, 0);
const jsBudget = floor + JS_ALLOWANCE;

interface Row {
  page: Page;
  js: number;
  polyfill: number;
  shipped: string[];
  unused: string[];
}

const breaches: string[] = [...foreign];
const rows: Row[] = pages.map((page) => {
  const loaded = runScripts(page);
  const js = loaded.reduce((n, s) => n + gzipOf(s.src), 0);
  const polyfill = page.scripts
    .filter((s) => s.noModule && isLocal(s.src))
    .reduce((n, s) => n + gzipOf(s.src), 0);
  const modules = new Map<number, ChunkModule>();
  for (const s of loaded) for (const [id, m] of chunk(s.src).modules) modules.set(id, m);
  const shippedIds = [...ours].filter((id) => modules.has(id));
  const used = reachable(page.rendered, modules);
  const unused = shippedIds.filter((id) => !used.has(id)).map(nameOf);
  const shipped = shippedIds.map(nameOf).sort();

  if (js > jsBudget)
    breaches.push(
      `${page.route}: JavaScript ${kb(js)} gzip is over the budget ${kb(jsBudget)} (floor ${kb(floor)} + ${kb(JS_ALLOWANCE, 0)})`,
    );
  if (page.htmlGzip > HTML_BUDGET)
    breaches.push(
      `${page.route}: HTML ${kb(page.htmlGzip)} gzip is over the budget ${kb(HTML_BUDGET, 0)}`,
    );
  for (const name of unused)
    breaches.push(
      `${page.route}: ships the client component ${name} but does not render it (import it only where it is used)`,
    );
  for (const name of shipped) {
    const allowed = PAGE_ONLY[name];
    if (allowed && !allowed.includes(page.route))
      breaches.push(`${page.route}: ships ${name}, which belongs on ${allowed.join(', ')} only`);
  }
  return { page, js, polyfill, shipped, unused };
});

const table = markdownTable(
  [
    'page',
    'JS gzip',
    'over floor',
    'HTML gzip',
    'HTML raw',
    'inline script raw (gzip)',
    'our client components',
  ],
  rows.map((r) => [
    r.page.route,
    kb(r.js),
    `+${kb(r.js - floor, 2)}`,
    kb(r.page.htmlGzip),
    kb(r.page.htmlBytes),
    `${kb(r.page.inlineBytes)} (${kb(r.page.inlineGzip)})`,
    r.shipped.map((n) => path.basename(n)).join(', ') || '—',
  ]),
);

const maxBy = <T>(items: T[], f: (t: T) => number): T =>
  items.reduce((a, b) => (f(b) > f(a) ? b : a));
const worstJs = maxBy(rows, (r) => r.js);
const worstHtml = maxBy(rows, (r) => r.page.htmlGzip);
const polyfill = Math.max(...rows.map((r) => r.polyfill));

const report = `# Size budgets

Generated by \`npm run budgets\` (scripts/budgets.ts) from the build in \`out/\`. Sizes are gzip
level 9, 1 kB = 1,000 bytes.

## Budgets

| budget | limit | worst page |
|---|---|---|
| JavaScript per page | floor ${kb(floor)} + ${kb(JS_ALLOWANCE, 0)} = **${kb(jsBudget)}** | ${worstJs.page.route}: ${kb(worstJs.js)} (+${kb(worstJs.js - floor, 2)}) |
| HTML per page | **${kb(HTML_BUDGET, 0)}** | ${worstHtml.page.route}: ${kb(worstHtml.page.htmlGzip)} |
| client components | only where rendered; ${Object.entries(PAGE_ONLY)
  .map(([n, p]) => `${path.basename(n)} only on ${p.join(', ')}`)
  .join(
    '; ',
  )} | ${rows.some((r) => r.unused.length) ? 'breached' : 'no page ships one it does not render'} |

**The App Router floor** is the JavaScript a page with no client component of ours would load:
the ${shared.size} chunks every page loads, with our client modules (${[...ours].map(nameOf).join(', ') || 'none'}) and the
modules only they import removed, then gzipped. Every page renders the layout's client leaves, so
no built page is the floor itself.

${markdownTable(
  ['shared chunk', 'gzip', 'of which framework'],
  floorParts.map((p) => [p.src, kb(p.full, 2), kb(p.framework, 2)]),
)}

Not counted: Next's \`nomodule\` polyfills (${kb(polyfill)} gzip), which modern browsers neither fetch
nor run.

## Pages

${table}

${breaches.length ? `## Breaches\n\n${breaches.map((b) => `- ${b}`).join('\n')}` : 'No breaches.'}
`;

const written = writeReport('budgets.md', report);
console.log(table);
console.log(
  `\nFloor ${kb(floor)} gzip; JS budget ${kb(jsBudget)}; HTML budget ${kb(HTML_BUDGET, 0)}. ${rows.length} pages. Report: ${written}`,
);
if (breaches.length) {
  console.error(
    `\n✖ ${breaches.length} budget breach(es):\n${breaches.map((b) => `  ${b}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('✔ All pages within budget.');
