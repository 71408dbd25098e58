/**
 * The last step of the build: turns Next's static export into plain documents.
 *
 * Next renders every page on the server, then adds its App Router runtime so React can hydrate:
 * about 140 kB of compressed script per page, plus the page again as an inline RSC payload. A
 * reading page needs neither: it has no React client component (lib/behaviours.ts), and every
 * link is a plain <a>, so no client-side navigation ever uses the payload. Lighthouse measured
 * that runtime as most of the main-thread time on a phone. This step keeps what a page needs and
 * removes the rest:
 *  - scripts kept: the theme script, the behaviour loader (lib/behaviour-loader.ts), any behaviour
 *    module (/assets/…), JSON data blocks;
 *  - removed: every other script, and preloads of them;
 *  - the language switch, which the root layout renders without knowing the page, is pointed at
 *    the page's counterpart in the other edition;
 *  - Next's RSC payload files (`index.txt`, `__next.*.txt`) and its JavaScript chunks are deleted,
 *    so nothing in out/ serves the runtime.
 * A language switch it cannot point (no href) stops the build, naming the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { BEHAVIOUR_LOADER } from '@/lib/behaviour-loader';
import { THEME_SCRIPT } from '@/lib/theme-script';
import { BEHAVIOUR_DIR } from '@/lib/behaviours';
import { attr, elements, routeOf, textOf, type HtmlElement } from '@/lib/build/html';
import { counterpartPath, localizePath } from '@/lib/i18n/locale';
import { inlineHashes, isEmbedPath, type InlineHashes } from '@/lib/serve/headers';

/** Script types that are data the browser never runs. */
export const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

export interface FinishedPage {
  html: string;
  /** Scripts and preloads taken out. */
  removed: number;
  /**
   * The page's "Copy as quotation" data (the Cite panel's `data-quote`), moved out of the document
   * into `quote.json` beside it: it is tens of kilobytes that only a reader who selects words needs,
   * so it stays off the critical path and is fetched on the first selection (quote-selection.ts).
   */
  quoteData?: string;
}

/** The file beside a page that holds its quotation data. */
export const QUOTE_DATA_FILE = 'quote.json';

function isKeptScript(element: HtmlElement): boolean {
  const src = attr(element, 'src');
  if (src !== undefined) return src.startsWith(BEHAVIOUR_DIR);
  if (DATA_SCRIPT_TYPES.has(attr(element, 'type') ?? '')) return true;
  const text = textOf(element);
  return text === THEME_SCRIPT || text === BEHAVIOUR_LOADER;
}

function isScriptPreload(element: HtmlElement): boolean {
  const rel = attr(element, 'rel') ?? '';
  return (rel === 'preload' && attr(element, 'as') === 'script') || rel === 'modulepreload';
}

/** The page at `route` (`/about/`, `/es/`, `/404.html`) with the framework runtime taken out. */
export function finishPage(html: string, route: string): FinishedPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const cuts: { start: number; end: number; replacement: string }[] = [];
  let quoteData: string | undefined;
  for (const element of elements(document)) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    if (
      (element.tagName === 'script' && !isKeptScript(element)) ||
      (element.tagName === 'link' && isScriptPreload(element))
    ) {
      cuts.push({ start: location.startOffset, end: location.endOffset, replacement: '' });
    } else if (attr(element, 'data-quote')?.startsWith('{') && route.endsWith('/')) {
      const data = location.attrs?.['data-quote'];
      if (!data) throw new Error(`${route}: the quotation data has no location`);
      quoteData = attr(element, 'data-quote');
      cuts.push({
        start: data.startOffset,
        end: data.endOffset,
        replacement: `data-quote="${route}${QUOTE_DATA_FILE}"`,
      });
    } else if (element.tagName === 'a' && attr(element, 'data-counterpart') !== undefined) {
      const href = location.attrs?.href;
      if (!href) throw new Error(`${route}: the language switch has no href`);
      cuts.push({
        start: href.startOffset,
        end: href.endOffset,
        replacement: `href="${switchTarget(route, attr(element, 'hreflang') ?? '')}"`,
      });
    }
  }
  // Joined once, in document order: splicing the string cut by cut copies the whole page per cut,
  // which at scale (a list page of tens of megabytes with thousands of payload scripts) is quadratic.
  const parts: string[] = [];
  let position = 0;
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    parts.push(html.slice(position, cut.start), cut.replacement);
    position = cut.end;
  }
  parts.push(html.slice(position));
  const removed = cuts.filter((c) => c.replacement === '').length;
  return { html: parts.join(''), removed, ...(quoteData ? { quoteData } : {}) };
}

/** The other edition's version of the page; its home for the not-found documents. */
function switchTarget(route: string, target: string): string {
  const notFound = !route.endsWith('/') || route.startsWith('/_') || route === '/404/';
  if (!notFound) return counterpartPath(route);
  return localizePath('/', target === 'es' ? 'es' : 'en');
}

export interface FinishReport {
  pages: number;
  removedScripts: number;
  deletedFiles: number;
  /** The inline scripts and styles left on any finished page, for a site-wide policy. */
  inline: InlineHashes;
}

/** Every HTML page in `outDir`, rewritten in place, and the runtime's own files deleted. */
export function finishSite(outDir: string): FinishReport {
  let pages = 0;
  let removedScripts = 0;
  let deletedFiles = 0;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(outDir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        // Pagefind's files, and the embed pages, which are documents of their own (lib/embed/).
        if (relative !== 'pagefind' && !isEmbedPath(`/${relative}/`)) visit(full);
      } else if (entry.name.endsWith('.html')) {
        const { html, removed, quoteData } = finishPage(
          fs.readFileSync(full, 'utf8'),
          routeOf(relative),
        );
        fs.writeFileSync(full, html);
        if (quoteData) fs.writeFileSync(path.join(dir, QUOTE_DATA_FILE), quoteData);
        const found = inlineHashes(html);
        found.scripts.forEach((hash) => scripts.add(hash));
        found.styles.forEach((hash) => styles.add(hash));
        pages += 1;
        removedScripts += removed;
      } else if (isRuntimeFile(relative, entry.name)) {
        fs.rmSync(full);
        deletedFiles += 1;
      }
    }
  };
  visit(outDir);
  return {
    pages,
    removedScripts,
    deletedFiles,
    inline: { scripts: [...scripts], styles: [...styles] },
  };
}

/** Next's client-navigation payloads and its JavaScript; its CSS and media stay. */
function isRuntimeFile(relative: string, name: string): boolean {
  if (relative.startsWith('_next/')) return name.endsWith('.js') || name.endsWith('.js.map');
  return name.endsWith('.txt') && (name === 'index.txt' || name.startsWith('__next.'));
}
