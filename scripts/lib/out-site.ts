/**
 * Reading the built site in out/ for the quality scripts (budgets, link crawl, benchmarks): the
 * HTML files and their routes, gzip sizes, a real HTML parser (parse5) rather than regular
 * expressions, and the Markdown reports they write to reports/.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export { attr, elements, routeOf, textOf, type HtmlElement } from '../../lib/build/html';

/** Folders of out/ that hold assets, not pages. */
const ASSET_DIRS = new Set(['_next', 'pagefind']);

export class MissingBuildError extends Error {
  constructor(root: string) {
    super(`No built site in ${root}: run "npm run build" first.`);
    this.name = 'MissingBuildError';
  }
}

/** Every HTML file in the build (404.html included), as paths relative to root, sorted. */
export function htmlFiles(root: string): string[] {
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new MissingBuildError(root);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === root && ASSET_DIRS.has(entry.name))) walk(full);
      } else if (entry.name.endsWith('.html')) {
        files.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  walk(root);
  return files.sort();
}

/** The file a site path resolves to, the way scripts/serve.ts resolves it, or null. */
export function fileForPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root)) return null;
  if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return fs.existsSync(index) ? index : null;
}

export function gzipSize(data: string | Buffer): number {
  return zlib.gzipSync(data, { level: 9 }).length;
}

export function parseHtml(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html);
}

export const KB = 1000;

export function kb(bytes: number, digits = 1): string {
  return `${(bytes / KB).toFixed(digits)} kB`;
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(head: string[], rows: (string | number)[][]): string {
  const escape = (cell: string | number) => String(cell).replace(/\|/g, '\\|');
  return [
    `| ${head.map(escape).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Writes reports/<name> (the folder is created on demand) and returns its path. */
export function writeReport(name: string, markdown: string): string {
  const dir = path.resolve('reports');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return path.relative(process.cwd(), file);
}
