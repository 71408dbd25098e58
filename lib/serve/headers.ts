/**
 * Security headers for the built site. The Content-Security-Policy allows no inline script except
 * the exact ones the pages carry (since the build removes Next's runtime, only the theme script),
 * by hash, computed from the built HTML, so an injected script cannot run. JSON blocks (JSON-LD,
 * a behaviour's data) are never executed and get no hash.
 */
import { createHash } from 'node:crypto';
import { EMBED_SCRIPT_HASH, EMBED_STYLE_HASH } from '../embed/assets';
import {
  CITATION_JSON_TYPE,
  CONTENT_TYPES,
  EXACT_TYPES,
  contentTypeFor,
  isCitationDownload,
} from './content-types';

// Inline scripts that run: not `src=` ones, and not JSON (JSON-LD, behaviour data), which the
// browser never executes (its text changes with content; leaving it out keeps the policy to code).
const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)(?![^>]*\btype=["']?application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g;

const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function hashesOf(html: string, pattern: RegExp): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(pattern)) if (match[1]) hashes.add(sha256(match[1]));
  return [...hashes];
}

export function inlineScriptHashes(html: string): string[] {
  return hashesOf(html, INLINE_SCRIPT);
}

/** Pages link their stylesheets today; a <style> element Next may emit is allowed by its hash. */
export function inlineStyleHashes(html: string): string[] {
  return hashesOf(html, INLINE_STYLE);
}

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export function inlineHashes(html: string): InlineHashes {
  return { scripts: inlineScriptHashes(html), styles: inlineStyleHashes(html) };
}

export function contentSecurityPolicy({ scripts, styles }: InlineHashes): string {
  return [
    "default-src 'self'",
    // Pagefind runs its index as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    // Stylesheets from our origin, and any inline <style> by hash (none today); no style attribute
    // anywhere. Behaviours set styles through the CSSOM (the selection link's position), which
    // the policy does not restrict.
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Embed pages (/embed/, /es/embed/) are made to be framed by any site, so their policy allows any
 * ancestor. It allows nothing else: no request but our own images, and only the embed pages'
 * one inline stylesheet and one script (lib/embed/assets.ts), by hash.
 */
export const EMBED_PREFIXES: readonly string[] = ['/embed/', '/es/embed/'];

export function isEmbedPath(urlPath: string): boolean {
  return EMBED_PREFIXES.some((prefix) => urlPath.startsWith(prefix));
}

export function embedContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `script-src ${EMBED_SCRIPT_HASH}`,
    `style-src ${EMBED_STYLE_HASH}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/**
 * Files that are not pages (feeds, data, downloads, images, scripts) are framed by no one either.
 * The policy says only that: a script's own policy would bind it when it runs as a worker
 * (Pagefind's search does), and the page that loads a file already governs what it may do.
 */
export const FILE_POLICY = "frame-ancestors 'none'";

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything whose name does not change with its content: always revalidate (a cheap 304). */
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control by path prefix, for `npm start`, nginx and static hosts alike. Only files named
 * by their content's hash are immutable; every other file gets REVALIDATE.
 */
export const CACHE_RULES: readonly { prefix: string; value: string }[] = [
  { prefix: '/_next/static/', value: IMMUTABLE },
  // Pagefind names its index chunks and fragments by hash; its scripts and entry file it does not.
  { prefix: '/pagefind/fragment/', value: IMMUTABLE },
  { prefix: '/pagefind/index/', value: IMMUTABLE },
  // Behaviour scripts keep their names across builds: revalidate so they match the pages.
  { prefix: '/assets/', value: REVALIDATE },
];

export function cacheControlFor(urlPath: string): string {
  return CACHE_RULES.find((rule) => urlPath.startsWith(rule.prefix))?.value ?? REVALIDATE;
}

/**
 * Files a server must not publish: the hosts' config, and dot files. The build keeps its deploy
 * files (nginx config, stamp) outside the site folder; the old names stay refused in case a
 * folder from an older build is served.
 */
export const PRIVATE_FILES: readonly string[] = ['/_headers', '/_nginx.conf'];

export function isPrivatePath(urlPath: string): boolean {
  return /(^|\/)\./.test(urlPath) || PRIVATE_FILES.includes(urlPath);
}

/** Headers every response carries; HTML responses add their own CSP. */
export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The headers every response under /embed/ carries: framing allowed, readable from any origin. */
export const EMBED_HEADERS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(BASE_HEADERS).filter(([name]) => name !== 'X-Frame-Options'),
  ),
  // oEmbed JSON sits beside each embed page; a browser-side client may read it too.
  'Access-Control-Allow-Origin': '*',
};

export function baseHeadersFor(urlPath: string): Record<string, string> {
  return isEmbedPath(urlPath) ? EMBED_HEADERS : BASE_HEADERS;
}

/**
 * The same headers for static hosts that read a `_headers` file (Cloudflare Pages, Netlify): one
 * policy for the whole site, allowing the inline scripts and styles found on any page; the embed
 * pages' own policy, without X-Frame-Options (`! Name` detaches a header a broader rule set, as
 * Cloudflare Pages reads it); and the content types and download names the other two servers send
 * for the files whose type is not their extension's alone (a `:file` placeholder names the download).
 */
export function staticHostHeaders(hashes: InlineHashes): string {
  const lines = ['/*'];
  for (const [name, value] of Object.entries(BASE_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Content-Security-Policy: ${contentSecurityPolicy(hashes)}`);
  lines.push(`  Cache-Control: ${REVALIDATE}`);
  for (const prefix of EMBED_PREFIXES) {
    lines.push('', `${prefix}*`, '  ! X-Frame-Options', '  ! Content-Security-Policy');
    lines.push(`  Content-Security-Policy: ${embedContentSecurityPolicy()}`);
    lines.push(`  Access-Control-Allow-Origin: ${EMBED_HEADERS['Access-Control-Allow-Origin']}`);
  }
  // A header two matching rules both set is sent with both values: a narrower rule detaches the
  // broader one's first.
  for (const rule of CACHE_RULES.filter((r) => r.value !== REVALIDATE))
    lines.push('', `${rule.prefix}*`, '  ! Cache-Control', `  Cache-Control: ${rule.value}`);
  // Text types with their charset, as the other two servers send them (HTML pages, served by
  // folder, already get theirs from the host).
  for (const [extension, type] of Object.entries(CONTENT_TYPES))
    if (type.includes('charset') && extension !== 'html')
      lines.push('', `/*.${extension}`, `  Content-Type: ${type}`);
  for (const [path, type] of Object.entries(EXACT_TYPES))
    lines.push('', path, '  ! Content-Type', `  Content-Type: ${type}`);
  lines.push('', '/cite/:file.json', '  ! Content-Type', `  Content-Type: ${CITATION_JSON_TYPE}`);
  lines.push('', '/cite/:file', '  Content-Disposition: attachment; filename=":file"');
  return `${lines.join('\n')}\n`;
}

/**
 * The headers of one file besides its CSP (HTML only) and what the file server computes
 * (length, ETag, Last-Modified, encoding): type, caching, and the citation downloads' name.
 */
export function fileHeaders(urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {
    ...baseHeadersFor(urlPath),
    'Content-Type': contentTypeFor(urlPath),
    'Cache-Control': cacheControlFor(urlPath),
  };
  if (isCitationDownload(urlPath))
    headers['Content-Disposition'] = `attachment; filename="${urlPath.slice('/cite/'.length)}"`;
  return headers;
}
