/**
 * `npm run bench:load`: the server behind `npm start` (scripts/serve.ts) and Debian's nginx with
 * the build's `_nginx.conf`, serving the same out/ on 127.0.0.1, measured side by side in one run
 * with autocannon: each path for DURATION_S seconds over CONNECTIONS keep-alive connections,
 * asking for `br, gzip` like a browser, ours then nginx's, path by path. Reports requests per
 * second, latency p50/p99 and errors, and each row's ratio to nginx, to reports/load.md.
 *
 * Targets (issue 15): `/` at 4,000 req/s or more, 0.7× nginx or better on every row, 0 errors.
 * The load generator shares the machine with the server: read the ratios, not the absolutes.
 *   usage: tsx scripts/bench-load.ts   (DURATION_S, CONNECTIONS override the bounds)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { nginxAvailable, nginxVersion, prepareNginx, startNginx } from './lib/nginx';
import { htmlFiles, markdownTable, writeReport } from './lib/out-site';
import { freePort, serveOut } from './lib/serve-child';

const DURATION_S = Number(process.env.DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const HOME_TARGET = 4000;
const RATIO_TARGET = 0.7;

htmlFiles('out'); // fails early, with a clear message, when there is no build
if (!nginxAvailable())
  throw new Error(
    'bench:load compares with nginx: apt-get install -y nginx libnginx-mod-http-brotli-static',
  );
const fragment = fs
  .readdirSync(path.join('out', 'pagefind', 'fragment'))
  .find((f) => f.endsWith('.pf_fragment'));

const TARGETS: { path: string; what: string; status: number }[] = [
  { path: '/', what: 'home page', status: 200 },
  { path: '/ruling/', what: 'explainer', status: 200 },
  { path: '/law/26-usc-6103/', what: 'statute page', status: 200 },
  { path: '/timeline/', what: 'largest list page', status: 200 },
  { path: '/pagefind/pagefind.js', what: 'Pagefind script', status: 200 },
  { path: `/pagefind/fragment/${fragment}`, what: 'Pagefind fragment', status: 200 },
  { path: '/no-such-page/', what: '404 page', status: 404 },
];

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
}

async function measure(origin: string, target: (typeof TARGETS)[number]): Promise<Measure> {
  const result = await autocannon({
    url: `${origin}${target.path}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'accept-encoding': 'br, gzip' },
  });
  const expected = target.status === 200 ? result['2xx'] : result['4xx'];
  const unexpected = result.requests.total ? result.requests.total - expected : 0;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Connection errors, timeouts, and any answer other than the expected status.
    errors: result.errors + result.timeouts + Math.max(0, unexpected - result.errors),
    bytes: result.throughput.average / Math.max(result.requests.average, 1),
  };
}

const ours = await serveOut('out');
const nginxPort = await freePort();
const nginxSite = prepareNginx('out', nginxPort);
const nginx = startNginx(nginxSite);
const nginxOrigin = `http://127.0.0.1:${nginxPort}`;
const rows: { target: (typeof TARGETS)[number]; ours: Measure; nginx: Measure }[] = [];
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Warm both (JIT, page cache) so the first row is not the cold start.
  for (const origin of [ours.origin, nginxOrigin])
    await autocannon({ url: `${origin}/`, connections: CONNECTIONS, duration: 2 });
  for (const target of TARGETS) {
    const row = {
      target,
      ours: await measure(ours.origin, target),
      nginx: await measure(nginxOrigin, target),
    };
    rows.push(row);
    console.log(
      `${target.path}: npm start ${Math.round(row.ours.rps)} req/s (p99 ${row.ours.p99} ms), ` +
        `nginx ${Math.round(row.nginx.rps)} req/s (p99 ${row.nginx.p99} ms), ${(row.ours.rps / row.nginx.rps).toFixed(2)}×`,
    );
  }
} finally {
  await ours.stop();
  nginx.kill('SIGQUIT');
  await new Promise((resolve) => nginx.once('exit', resolve));
  fs.rmSync(nginxSite.prefix, { recursive: true, force: true });
}

const ratio = (r: (typeof rows)[number]) => r.ours.rps / r.nginx.rps;
const table = markdownTable(
  [
    'path',
    'what',
    'size (br)',
    'npm start req/s',
    'p50 / p99',
    'errors',
    'nginx req/s',
    'p50 / p99',
    'errors',
    'npm start ÷ nginx',
  ],
  rows.map((r) => [
    r.target.path,
    r.target.what,
    `${(r.ours.bytes / 1024).toFixed(1)} kB`,
    Math.round(r.ours.rps),
    `${r.ours.p50} / ${r.ours.p99} ms`,
    r.ours.errors,
    Math.round(r.nginx.rps),
    `${r.nginx.p50} / ${r.nginx.p99} ms`,
    r.nginx.errors,
    `${ratio(r).toFixed(2)}×${ratio(r) >= RATIO_TARGET ? '' : ' (below target)'}`,
  ]),
);
const errors = rows.reduce((n, r) => n + r.ours.errors + r.nginx.errors, 0);
const home = rows.find((r) => r.target.path === '/')!;
const below = rows.filter((r) => ratio(r) < RATIO_TARGET);
const verdict = [
  `- \`/\` at ${Math.round(home.ours.rps)} req/s: ${home.ours.rps >= HOME_TARGET ? 'meets' : '**misses**'} the target of ${HOME_TARGET.toLocaleString('en')} or more.`,
  below.length
    ? `- **Below ${RATIO_TARGET}× nginx:** ${below.map((r) => r.target.path).join(', ')}.`
    : `- Every row at ${RATIO_TARGET}× nginx or better (lowest ${Math.min(...rows.map(ratio)).toFixed(2)}×).`,
  errors ? `- **${errors} errors.**` : '- No errors on either server.',
].join('\n');

const report = `# Load

Generated by \`npm run bench:load\` (scripts/bench-load.ts): autocannon 8 against \`npm start\`'s server
(scripts/serve.ts: sirv with our rules, small files answered from memory) and Debian's nginx
${nginxVersion()} with the build's \`out/_nginx.conf\` (\`worker_processes auto\`), serving the same \`out/\` on 127.0.0.1,
side by side in one run: each path ${DURATION_S} s on one server then the other, ${CONNECTIONS} keep-alive connections,
\`Accept-Encoding: br, gzip\` (both send the build's precompressed \`.br\` files). ${os.cpus().length} CPU(s),
Node ${process.version}; the load generator runs on the same machine, and other work may share it, so
compare the two servers row by row rather than reading absolute numbers.

${table}

${verdict}

"errors" counts connection errors, timeouts and any status other than the one expected (200, or 404
for the 404 row). "size" is the bytes per answer, headers included.
`;
const written = writeReport('load.md', report);
console.log(`\n${table}\n\n${verdict}\n\nReport: ${written}`);
if (errors) process.exitCode = 1;
