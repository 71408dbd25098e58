/**
 * The server behind `npm start`: sirv (a maintained static-file library) does what a file server
 * must get right (precompressed variants chosen by Accept-Encoding, ETag and Last-Modified, 304,
 * ranges, streaming, HEAD); our rules sit on top: which URLs exist (the files present at start,
 * nothing else), `/path` → `/path/`, the 404 page, and the headers of lib/serve/headers.ts.
 *
 * Every address is looked up in the list of files taken at start, never joined onto the disk
 * path, so no request can reach a byte outside the site folder.
 *
 * Hand-written on purpose: a memory copy of the small files (pages, scripts, styles, citations;
 * up to MEMORY_BUDGET bytes) answers whole-file GET and HEAD requests without opening a file.
 * sirv opens and streams the file on every request, which measured at under half of nginx's
 * requests per second on the same machine (reports/load.md). The copy follows sirv's own rules
 * (same encoding choice, same ETag), and a unit test holds the two to the same answers; ranges,
 * large files and everything else go to sirv.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import {
  BASE_HEADERS,
  contentSecurityPolicy,
  embedContentSecurityPolicy,
  FILE_POLICY,
  fileHeaders,
  inlineHashes,
  isEmbedPath,
  isPrivatePath,
} from './headers';

type Headers = Record<string, string>;

const VARIANTS = [
  { suffix: '.br', encoding: 'br', accepted: /\bbr\b/ },
  { suffix: '.gz', encoding: 'gzip', accepted: /\bgzip\b/ },
] as const;

/** Every servable file of the site, by URL path, with the headers it is sent with. */
export function indexSite(root: string): Map<string, Headers> {
  const files = new Map<string, Headers>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const urlPath = `/${path.relative(root, full).split(path.sep).join('/')}`;
      if (isPrivatePath(urlPath)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !isVariant(full)) files.set(urlPath, headersOf(urlPath, full));
    }
  };
  walk(root);
  return files;
}

/** A precompressed copy (`x.html.br`) of a file that is itself in the site. */
function isVariant(file: string): boolean {
  return VARIANTS.some((v) => file.endsWith(v.suffix) && fs.existsSync(file.slice(0, -3)));
}

function headersOf(urlPath: string, file: string): Headers {
  const headers = fileHeaders(urlPath);
  if (isEmbedPath(urlPath)) headers['Content-Security-Policy'] = embedContentSecurityPolicy();
  else if (urlPath.endsWith('.html'))
    headers['Content-Security-Policy'] = contentSecurityPolicy(
      inlineHashes(fs.readFileSync(file, 'utf8')),
    );
  else headers['Content-Security-Policy'] = FILE_POLICY;
  return headers;
}

interface Target {
  /** The decoded path, looked up in the index. */
  pathname: string;
  search: string;
}

/** The path of a request target; null when it is not one a browser sends for a page. */
export function requestTarget(rawUrl: string | undefined): Target | null {
  let raw = rawUrl ?? '';
  // Absolute form (`GET http://host/path`) is valid HTTP/1.1: only its path matters here.
  if (/^https?:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      raw = url.pathname + url.search;
    } catch {
      return null;
    }
  }
  if (!raw.startsWith('/')) return null;
  const query = raw.indexOf('?');
  const rawPath = query === -1 ? raw : raw.slice(0, query);
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  // A query string is echoed into Location only when it is plain printable ASCII.
  const search = query === -1 ? '' : raw.slice(query);
  return { pathname, search: /^\?[\x21-\x7e]*$/.test(search) ? search : '' };
}

const MEMORY_BUDGET = 64 * 1024 * 1024;
const LARGEST_IN_MEMORY = 512 * 1024;

interface InMemory {
  headers: Headers;
  /** A 304 carries the validators and caching, not the body's length or encoding. */
  notModified: Headers;
  etag: string;
  body: Buffer;
}

/** sirv's ETag for a file on disk, so either path answers a revalidation the same way. */
function sirvEtag(stats: fs.Stats): string {
  return `W/"${stats.size}-${stats.mtime.getTime()}"`;
}

function loadVariant(file: string, headers: Headers, encoding?: string): InMemory {
  const stats = fs.statSync(file);
  const etag = sirvEtag(stats);
  const notModified = {
    ...headers,
    'Last-Modified': stats.mtime.toUTCString(),
    ETag: etag,
    Vary: 'Accept-Encoding',
  };
  return {
    etag,
    body: fs.readFileSync(file),
    notModified,
    headers: {
      ...notModified,
      'Content-Length': String(stats.size),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    },
  };
}

/** A file and the precompressed copies beside it, each loaded by `load`, by encoding. */
function withVariants<T>(
  file: string,
  load: (file: string, encoding?: string) => T,
): Map<string, T> {
  const variants = new Map([['identity', load(file)]]);
  for (const variant of VARIANTS)
    if (fs.existsSync(file + variant.suffix))
      variants.set(variant.encoding, load(file + variant.suffix, variant.encoding));
  return variants;
}

/** The best encoding the client accepts among those present, as sirv chooses it. */
function preferred<T>(req: http.IncomingMessage, variants: Map<string, T>): T {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const chosen = VARIANTS.find((v) => v.accepted.test(accepted) && variants.has(v.encoding));
  return variants.get(chosen?.encoding ?? 'identity')!;
}

/** Each small file's variants (`br`, `gzip`, `identity`), until the budget is spent. */
function loadIntoMemory(root: string, files: Map<string, Headers>) {
  const memory = new Map<string, Map<string, InMemory>>();
  let spent = 0;
  for (const [urlPath, headers] of files) {
    const file = path.join(root, ...urlPath.split('/'));
    const size = fs.statSync(file).size;
    if (size > LARGEST_IN_MEMORY || spent + size > MEMORY_BUDGET) continue;
    const variants = withVariants(file, (variant, encoding) =>
      loadVariant(variant, headers, encoding),
    );
    memory.set(urlPath, variants);
    spent += [...variants.values()].reduce((sum, v) => sum + v.body.length, 0);
  }
  return memory;
}

/** The 404 page's answers, one per encoding, ready to send. */
function preload404(root: string, headers: Headers | undefined) {
  const file = path.join(root, '404.html');
  if (!headers || !fs.existsSync(file)) return null;
  return withVariants(file, (variant, encoding) => {
    const body = fs.readFileSync(variant);
    return {
      body,
      headers: {
        ...headers,
        'Content-Length': String(body.length),
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      },
    };
  });
}

export function createSiteHandler(
  root: string,
  options: { memory?: boolean } = {},
): http.RequestListener {
  const files = indexSite(root);
  const serveFile = sirv(root, { etag: true, gzip: true, brotli: true, extensions: [] });
  const notFoundPage = preload404(root, files.get('/404.html'));
  const memory =
    options.memory === false
      ? new Map<string, Map<string, InMemory>>()
      : loadIntoMemory(root, files);

  const plain = (res: http.ServerResponse, status: number, extra: Headers = {}) => {
    res.writeHead(status, { ...BASE_HEADERS, 'Content-Length': '0', ...extra });
    res.end();
  };

  const notFound = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!notFoundPage) return plain(res, 404);
    const answer = preferred(req, notFoundPage);
    res.writeHead(404, answer.headers);
    res.end(answer.body);
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, { Allow: 'GET, HEAD' });
    const target = requestTarget(req.url);
    if (!target) return plain(res, 400);
    const { pathname, search } = target;

    const directory = pathname.endsWith('/') ? pathname : `${pathname}/`;
    const key = files.has(pathname)
      ? pathname
      : files.has(`${directory}index.html`)
        ? `${directory}index.html`
        : null;
    if (!key) return notFound(req, res);
    if (key !== pathname && !pathname.endsWith('/')) {
      // Location is built from the file's own (ASCII) name, never from the raw request.
      return plain(res, 301, {
        Location: encodeURI(directory) + search,
        'Cache-Control': 'no-cache',
      });
    }

    const variants = memory.get(key);
    if (variants && !req.headers.range) {
      const variant = preferred(req, variants);
      if (req.headers['if-none-match'] === variant.etag) {
        res.writeHead(304, variant.notModified);
        return res.end();
      }
      res.writeHead(200, variant.headers);
      return res.end(variant.body);
    }

    for (const [name, value] of Object.entries(files.get(key)!)) res.setHeader(name, value);
    // A client that leaves mid-response must not leave its file stream open.
    res.once('pipe', (stream: Readable) => res.once('close', () => stream.destroy()));
    req.url = encodeURI(key);
    serveFile(req, res, () => notFound(req, res));
  };
}
