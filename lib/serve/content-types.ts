/**
 * Content types of the built site, one table for `npm start` and the generated nginx config, so
 * both servers label every file the same way. Text types carry their charset.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  // Pagefind's index files (already gzip-compressed by Pagefind, read by its script).
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pagefind: 'application/octet-stream',
};

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Files whose type is not their extension's: the Atom feeds, and CSL-JSON citation records. */
export const EXACT_TYPES: Readonly<Record<string, string>> = {
  '/feed.xml': 'application/atom+xml; charset=utf-8',
  '/es/feed.xml': 'application/atom+xml; charset=utf-8',
};
export const CITATION_JSON_TYPE = 'application/vnd.citationstyles.csl+json; charset=utf-8';

/** Extensions worth compressing: text formats (Pagefind's own files are compressed already). */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  'html',
  'js',
  'mjs',
  'css',
  'json',
  'xml',
  'txt',
  'svg',
  'bib',
  'ris',
]);

export function extensionOf(urlPath: string): string {
  const name = urlPath.slice(urlPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Citation downloads (`/cite/<page>.bib|.ris|.json`) are saved under their own name. */
export function isCitationDownload(urlPath: string): boolean {
  return /^\/cite\/[^/]+\.(bib|ris|json)$/.test(urlPath);
}

export function contentTypeFor(urlPath: string): string {
  if (EXACT_TYPES[urlPath]) return EXACT_TYPES[urlPath];
  if (isCitationDownload(urlPath) && urlPath.endsWith('.json')) return CITATION_JSON_TYPE;
  return CONTENT_TYPES[extensionOf(urlPath)] ?? DEFAULT_CONTENT_TYPE;
}
