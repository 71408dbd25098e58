/**
 * Serves a built site with Debian's nginx and the build's `_nginx.conf` on PORT (4175) and HOST
 * (127.0.0.1), in the foreground, as the browser tests' second server.
 *   usage: tsx scripts/serve-nginx.ts [dir]
 */
import fs from 'node:fs';
import { prepareNginx, startNginx } from './lib/nginx';

const root = process.argv[2] ?? 'out';
const port = Number(process.env.PORT ?? 4175);
const site = prepareNginx(root, port, process.env.HOST ?? '127.0.0.1');
const nginx = startNginx(site);
console.log(`Serving ${root} with nginx at http://127.0.0.1:${port}/`);

const stop = () => nginx.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => {
  fs.rmSync(site.prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
