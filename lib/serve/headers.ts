/**
 * Security headers for the built site. The Content-Security-Policy allows no inline script except
 * the exact ones the pages carry (since the build removes Next's runtime, only the theme script),
 * by hash, computed from the built HTML, so an injected script cannot run. JSON blocks (JSON-LD,
 * a behaviour's data) are never executed and get no hash.
 */
import { createHash } from 'node:crypto';

// Inline scripts that run: not `src=` ones, and not JSON (JSON-LD, behaviour data), which the
// browser never executes (its text changes with content; leaving it out keeps the policy to code).
const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)(?![^>]*\btype=["']?application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (!body) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    // Pagefind runs its index as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // No page has a style attribute or element; behaviours set styles through the CSSOM (the
    // selection link's position), which the policy does not restrict.
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
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

/**
 * The same headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages): one
 * policy for the whole site, allowing the inline scripts found on any page.
 */
export function staticHostHeaders(scriptHashes: string[]): string {
  const lines = ['/*'];
  for (const [name, value] of Object.entries(BASE_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Content-Security-Policy: ${contentSecurityPolicy(scriptHashes)}`);
  lines.push('', '/_next/static/*', '  Cache-Control: public, max-age=31536000, immutable');
  // Behaviour scripts keep their names across builds: revalidate so they match the pages.
  lines.push('', '/assets/*', '  Cache-Control: no-cache');
  for (const type of ['bib', 'ris', 'json']) {
    lines.push('', `/cite/*.${type}`, '  Content-Disposition: attachment');
  }
  return `${lines.join('\n')}\n`;
}
