/**
 * A page's "plain twin": the same headings, paragraphs, list items and table cells, in the same
 * order, as bare HTML with no stylesheet, no script and no controls (description-list terms and
 * definitions and captions count as words). It is what the page's words
 * alone cost a browser; the Lighthouse bench runs both side by side and the element budget allows
 * a page the site chrome plus twice its twin (scripts/budgets.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { attr, elements, type HtmlElement } from '../../lib/build/html';
import { precompressSite } from '../../lib/build/precompress';
import { deployDirOf, stampPath } from '../../lib/build/stamp';
import { htmlFiles } from './out-site';

type Node = DefaultTreeAdapterTypes.ChildNode;

/**
 * What the twin keeps: the blocks that hold words, and the lists and tables that hold them. A
 * description list's terms and definitions are words too (a glossary's terms, a source's details,
 * a statute's "about" card), and so are figure and table captions and a disclosure's summary.
 */
const WORDS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'summary',
]);
const HOLDERS = new Set(['ul', 'ol', 'dl', 'table', 'tr']);
/** Never read: code, data, and what the page itself keeps out of view. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'select']);

const isElement = (node: Node): node is HtmlElement => 'tagName' in node;
const hidden = (node: HtmlElement) =>
  attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true';
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The block's own words: its text, without the text of the blocks nested in it. */
function ownText(node: HtmlElement): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) text += child.value;
    else if (isElement(child) && !SKIP.has(child.tagName) && !hidden(child)) {
      if (!WORDS.has(child.tagName) && !HOLDERS.has(child.tagName)) text += ownText(child);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The kept blocks under a node, nested as they are on the page; everything else is dropped. */
function render(node: HtmlElement): string {
  let out = '';
  for (const child of node.childNodes) {
    if (!isElement(child) || SKIP.has(child.tagName) || hidden(child)) continue;
    const inner = render(child);
    if (WORDS.has(child.tagName)) {
      const text = escape(ownText(child));
      if (text || inner) out += `<${child.tagName}>${text}${inner}</${child.tagName}>`;
    } else if (HOLDERS.has(child.tagName)) {
      if (inner) out += `<${child.tagName}>${inner}</${child.tagName}>`;
    } else out += inner;
  }
  return out;
}

/** The twin document of a built page's HTML. */
export function plainTwin(html: string): string {
  const document = parse(html);
  const root = document.childNodes.find(isElement);
  const body = root?.childNodes.find((n): n is HtmlElement => isElement(n) && n.tagName === 'body');
  const title = [...elements(document)].find((el) => el.tagName === 'title');
  const lang = (root && attr(root, 'lang')) ?? 'en';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title ? ownText(title) : '')}</title></head><body>${body ? render(body) : ''}</body></html>\n`;
}

/** Elements in a document, as the browser builds it (parse5 adds <html>, <head>, <body>, <tbody>). */
export function elementCount(html: string): number {
  return [...elements(parse(html))].length;
}

/** Elements of a page outside its <main>: the site chrome (head, header, footer, their scripts). */
export function chromeCount(html: string): number {
  let count = 0;
  const walk = (node: HtmlElement) => {
    count++;
    for (const child of node.childNodes)
      if (isElement(child) && child.tagName !== 'main') walk(child);
  };
  for (const child of parse(html).childNodes) if (isElement(child)) walk(child);
  return count;
}

/**
 * Every page's twin at the page's own path under `twinDir`, served like the site it comes from:
 * precompressed as the build does (a twin sent uncompressed beside a gzipped page would flatter
 * the page), and carrying the site's completion stamp, since the server refuses an unstamped folder.
 */
export async function writeTwinSite(outDir: string, twinDir: string): Promise<number> {
  fs.rmSync(twinDir, { recursive: true, force: true });
  const files = htmlFiles(outDir);
  for (const file of files) {
    const target = path.join(twinDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, plainTwin(fs.readFileSync(path.join(outDir, file), 'utf8')));
  }
  await precompressSite(twinDir);
  fs.mkdirSync(deployDirOf(twinDir), { recursive: true });
  fs.copyFileSync(stampPath(outDir), stampPath(twinDir));
  return files.length;
}
