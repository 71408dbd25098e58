/**
 * `npm start` / `npm run serve`: serves a completely built site (out/ by default) on PORT (4173)
 * and HOST (127.0.0.1) with lib/serve/site-server.ts: precompressed files, caching, the 404 page,
 * trailing-slash redirects and the security headers a static host should send.
 *   usage: tsx scripts/serve.ts [dir]
 */
import http from 'node:http';
import path from 'node:path';
import { readStamp } from '../lib/build/stamp';
import { createSiteHandler } from '../lib/serve/site-server';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

// Only a build that finished every step writes its stamp: anything else is not a site to serve.
if (!readStamp(root)) {
  console.error(`No complete build in ${root}. Run "npm run build" (or "npm start") first.`);
  process.exit(1);
}

const handler = createSiteHandler(root);
const server = http.createServer((req, res) => {
  try {
    handler(req, res);
  } catch (error) {
    // A bug in our rules answers one request with 500; it never stops the server.
    console.error(`${req.method} ${req.url}:`, error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Length': '0' });
    res.end();
  }
});
// A client that opens a connection and says nothing is dropped after 10 s, not after 5 minutes.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;

server.listen(port, host, () => {
  // PORT=0 asks the system for a free port: report the one actually bound.
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${boundPort}/`,
  );
});
