/**
 * `npm run crawl`: link integrity of the built site, with no network.
 *
 * Parses every HTML file in out/ (parse5), sitemap.xml, both feeds (and the HTML inside its
 * entries), robots.txt and the data files, and checks that every internal link resolves to a file
 * in out/ the way scripts/serve.ts would serve it, and that every `#fragment` names an element id
 * (or `<a name>`) in the target page. Absolute URLs on SITE_URL's origin (default
 * http://localhost:4173, as the sitemap and feed are built) count as internal. External links are
 * listed with the pages that carry them in reports/external-links.md, never fetched.
 *
 * Exits 1 on any broken internal link.
 *   usage: tsx scripts/crawl-links.ts [out-dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SITE_URL } from '../lib/site-config';
import {
  attr,
  elements,
  fileForPath,
  htmlFiles,
  markdownTable,
  parseHtml,
  routeOf,
  writeReport,
} from './lib/out-site';

const root = path.resolve(process.argv[2] ?? 'out');
const SITE = new URL(`${SITE_URL}/`);
/** Same-origin absolute URLs in HTML are resolved against this base; any origin works. */
const BASE = new URL('http://crawl.invalid/');
/** Marks a URL that did not parse, so the check reports it instead of the crawl crashing. */
const MALFORMED = 'malformed:';

function resolve(value: string, base: URL): string {
  try {
    return new URL(value, base).href;
  } catch {
    return `${MALFORMED}${value}`;
  }
}

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};
/** `<meta>` whose content is a URL (Open Graph, Twitter cards). */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image', 'og:image:secure_url']);

interface Link {
  /** Where the link was found: a site path, or a file name for the XML and data files. */
  from: string;
  /** What carries it, e.g. `a[href]`, `sitemap <loc>`. */
  via: string;
  url: string;
}

interface PageInfo {
  ids: Set<string>;
  duplicates: Set<string>;
}

const pageInfo = new Map<string, PageInfo>();
const links: Link[] = [];

// --- collect -------------------------------------------------------------------------------

function collectHtml(html: string, from: string, base: URL, via = ''): PageInfo {
  const ids = new Set<string>();
  const duplicates = new Set<string>();
  for (const el of elements(parseHtml(html))) {
    const id = attr(el, 'id');
    if (id !== undefined) {
      if (ids.has(id)) duplicates.add(id);
      ids.add(id);
    }
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
    for (const name of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value !== undefined)
        links.push({ from, via: `${via}${el.tagName}[${name}]`, url: resolve(value, base) });
    }
    const srcset = attr(el, 'srcset');
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ from, via: `${via}${el.tagName}[srcset]`, url: resolve(url, base) });
      }
    }
    if (el.tagName === 'meta') {
      const key = attr(el, 'property') ?? attr(el, 'name') ?? '';
      const content = attr(el, 'content');
      if (URL_METAS.has(key) && content)
        links.push({ from, via: `meta[${key}]`, url: resolve(content, base) });
    }
  }
  return { ids, duplicates };
}

for (const file of htmlFiles(root)) {
  const route = routeOf(file);
  const html = fs.readFileSync(path.join(root, file), 'utf8');
  pageInfo.set(route, collectHtml(html, route, new URL(route, BASE)));
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'entry', 'link'].includes(name),
});
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const xmlText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value && '#text' in value
      ? String((value as { '#text': unknown })['#text'])
      : undefined;

const sitemapFile = path.join(root, 'sitemap.xml');
if (fs.existsSync(sitemapFile)) {
  const sitemap = xml.parse(fs.readFileSync(sitemapFile, 'utf8')) as {
    urlset?: { url?: { loc?: string }[] };
  };
  for (const entry of asArray(sitemap.urlset?.url))
    if (entry.loc) links.push({ from: 'sitemap.xml', via: '<loc>', url: entry.loc.trim() });
} else
  links.push({ from: 'robots.txt', via: 'expected file', url: new URL('/sitemap.xml', SITE).href });

interface AtomLink {
  '@href'?: string;
}
interface AtomEntry {
  id?: string;
  link?: AtomLink[];
  content?: unknown;
  summary?: unknown;
}
// Each edition's feed: /feed.xml and /es/feed.xml.
for (const feedName of ['feed.xml', 'es/feed.xml']) {
  const feedFile = path.join(root, feedName);
  if (!fs.existsSync(feedFile)) continue;
  const feed = xml.parse(fs.readFileSync(feedFile, 'utf8')) as {
    feed?: { link?: AtomLink[]; entry?: AtomEntry[] };
  };
  for (const link of asArray(feed.feed?.link))
    if (link['@href']) links.push({ from: feedName, via: '<link>', url: link['@href'] });
  for (const entry of asArray(feed.feed?.entry)) {
    for (const link of asArray(entry.link))
      if (link['@href']) links.push({ from: feedName, via: '<entry><link>', url: link['@href'] });
    if (entry.id && /^https?:/.test(entry.id))
      links.push({ from: feedName, via: '<entry><id>', url: entry.id });
    // Entries may carry HTML (type="html"): its links count too.
    for (const [field, value] of [
      ['content', entry.content],
      ['summary', entry.summary],
    ] as const) {
      const text = xmlText(value);
      const type =
        typeof value === 'object' && value && '@type' in value
          ? String((value as { '@type': unknown })['@type'])
          : 'text';
      if (text && (type === 'html' || type === 'xhtml'))
        collectHtml(text, feedName, SITE, `<entry><${field}> `);
    }
  }
}

const robots = path.join(root, 'robots.txt');
if (fs.existsSync(robots)) {
  for (const match of fs.readFileSync(robots, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim))
    links.push({ from: 'robots.txt', via: 'Sitemap:', url: match[1]! });
}

/** Data files: every string under a `url` key (events and terms point into the site). */
const dataDir = path.join(root, 'data');
const walkJson = (value: unknown, from: string, key = ''): void => {
  if (Array.isArray(value)) value.forEach((v) => walkJson(v, from, key));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walkJson(v, from, k);
  else if (typeof value === 'string' && key === 'url')
    links.push({ from, via: 'JSON "url"', url: resolve(value, SITE) });
};
if (fs.existsSync(dataDir)) {
  for (const name of fs
    .readdirSync(dataDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    walkJson(JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8')), `data/${name}`);
  }
}

// --- check ---------------------------------------------------------------------------------

const broken: { link: Link; problem: string }[] = [];
const external = new Map<string, Set<string>>();
let internalCount = 0;
const targetIds = new Map<string, PageInfo | null>();

function idsOf(file: string): PageInfo | null {
  if (!file.endsWith('.html')) return null;
  const route = routeOf(path.relative(root, file).split(path.sep).join('/'));
  return pageInfo.get(route) ?? null;
}

for (const link of links) {
  if (link.url.startsWith(MALFORMED) || !URL.canParse(link.url)) {
    broken.push({ link, problem: 'malformed URL' });
    continue;
  }
  const url = new URL(link.url);
  const internal = url.origin === BASE.origin || url.origin === SITE.origin;
  if (!internal) {
    if (url.protocol === 'javascript:') broken.push({ link, problem: 'javascript: URL' });
    else if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') {
      const pages = external.get(url.href) ?? new Set<string>();
      pages.add(link.from);
      external.set(url.href, pages);
    }
    continue;
  }
  internalCount++;
  const file = fileForPath(root, url.pathname);
  if (!file) {
    broken.push({ link, problem: `no file for ${url.pathname}` });
    continue;
  }
  if (file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('/')) {
    broken.push({
      link,
      problem: `${url.pathname} lacks the trailing slash (a static host may not redirect it)`,
    });
  }
  const fragment = url.hash.slice(1);
  if (!fragment) continue;
  let info = targetIds.get(file);
  if (info === undefined) {
    info = idsOf(file);
    targetIds.set(file, info);
  }
  if (!info) continue; // fragments into JSON, XML and assets are not element ids
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    broken.push({ link, problem: `malformed fragment #${fragment}` });
    continue;
  }
  if (!info.ids.has(id))
    broken.push({ link, problem: `no element with id "${id}" on ${url.pathname}` });
}

// --- report --------------------------------------------------------------------------------

const display = (url: string) => {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  return u.origin === BASE.origin ? `${u.pathname}${u.search}${u.hash}` : url;
};
const duplicateIds = [...pageInfo].flatMap(([route, info]) =>
  [...info.duplicates].map((id) => `${route}: id "${id}" appears more than once`),
);

const hosts = new Map<string, number>();
for (const url of external.keys()) {
  const host = url.startsWith('mailto:') ? 'mailto' : new URL(url).host;
  hosts.set(host, (hosts.get(host) ?? 0) + 1);
}
const externalRows = [...external]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([url, pages]) => [url, [...pages].sort().join(', ')]);

writeReport(
  'external-links.md',
  `# External links

Generated by \`npm run crawl\` (scripts/crawl-links.ts) from \`out/\`. These links leave the site;
they are listed, never fetched (the crawl runs without network). ${external.size} distinct URLs on
${hosts.size} hosts.

## By host

${markdownTable(
  ['host', 'URLs'],
  [...hosts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
)}

## Every URL and the pages that link to it

${markdownTable(['URL', 'linked from'], externalRows)}
`,
);

console.log(
  `Checked ${links.length} links from ${pageInfo.size} pages, the sitemap, the feed, robots.txt and the data files: ${internalCount} internal, ${external.size} distinct external (listed in reports/external-links.md).`,
);
if (duplicateIds.length)
  console.warn(
    `⚠ ${duplicateIds.length} duplicate id(s), a fragment to them is ambiguous:\n${duplicateIds.map((d) => `  ${d}`).join('\n')}`,
  );
if (broken.length) {
  console.error(`✖ ${broken.length} broken internal link(s):`);
  for (const { link, problem } of broken)
    console.error(`  ${link.from}  ${link.via}  ${display(link.url)}  → ${problem}`);
  process.exit(1);
}
console.log('✔ Every internal link and fragment resolves.');
