/**
 * `npm start`: serves out/ on a local port (PORT, default 4173) with correct content types, the
 * 404 page, trailing-slash redirects, gzip, and the security headers a static host should send.
 * A few lines over Node's http module, so the headers tested here are the ones documented.
 *   usage: tsx scripts/serve.ts [dir]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  BASE_HEADERS,
  cacheControlFor,
  contentSecurityPolicy,
  inlineHashes,
} from '../lib/serve/headers';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const SPECIAL_TYPES: Record<string, string> = { 'feed.xml': 'application/atom+xml; charset=utf-8' };

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

function resolveFile(urlPath: string): { file: string; redirect?: string } | null {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return null;
  if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return { file: candidate };
  if (fs.existsSync(path.join(candidate, 'index.html'))) {
    return urlPath.endsWith('/')
      ? { file: path.join(candidate, 'index.html') }
      : { file: '', redirect: `${urlPath}/` };
  }
  return null;
}

function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  file: string,
): void {
  const body = fs.readFileSync(file);
  const ext = path.extname(file);
  const type = SPECIAL_TYPES[path.basename(file)] ?? TYPES[ext] ?? 'application/octet-stream';
  const headers: Record<string, string> = { ...BASE_HEADERS, 'Content-Type': type };
  if (ext === '.html') {
    headers['Content-Security-Policy'] = contentSecurityPolicy(inlineHashes(body.toString('utf8')));
    headers['Cache-Control'] = 'no-cache';
  } else {
    const cache = cacheControlFor(`/${path.relative(root, file).split(path.sep).join('/')}`);
    if (cache) headers['Cache-Control'] = cache;
  }
  // Citation files download under their own name; /cite/*.json is CSL-JSON, not site data.
  const cslJson = ext === '.json' && path.dirname(file) === path.join(root, 'cite');
  if (cslJson) headers['Content-Type'] = 'application/vnd.citationstyles.csl+json; charset=utf-8';
  if (ext === '.bib' || ext === '.ris' || cslJson)
    headers['Content-Disposition'] = `attachment; filename="${path.basename(file)}"`;
  const compressible = /^(text\/|application\/(json|xml|atom|javascript))|image\/svg/.test(type);
  if (
    compressible &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
    body.length > 1024
  ) {
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : zlib.gzipSync(body));
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...BASE_HEADERS, Allow: 'GET, HEAD' });
    res.end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = resolveFile(url.pathname);
  if (found?.redirect) {
    res.writeHead(308, { ...BASE_HEADERS, Location: found.redirect + url.search });
    res.end();
  } else if (found) {
    send(req, res, 200, found.file);
  } else {
    send(req, res, 404, path.join(root, '404.html'));
  }
});

server.listen(port, host, () => {
  // PORT=0 asks the system for a free port: report the one actually bound.
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${boundPort}/`,
  );
});
