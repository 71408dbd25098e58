/**
 * Debian's nginx serving a built site with the build's own nginx config (`out.deploy/nginx.conf`), unprivileged-style:
 * a throwaway prefix folder holds the main config, pid and logs; it listens on loopback only.
 * Used by the browser tests (the nginx project) and the load benchmark, side by side with ours.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deployDirOf, NGINX_FILE } from '../../lib/build/stamp';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function nginxAvailable(): boolean {
  return fs.existsSync(NGINX) && fs.existsSync(BROTLI_MODULE);
}

/** "1.22.1", from `nginx -v`. */
export function nginxVersion(): string {
  const { stderr } = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  return /nginx\/([\d.]+)/.exec(stderr)?.[1] ?? 'unknown';
}

export interface NginxSite {
  prefix: string;
  args: string[];
}

/** Writes the main config that includes `<root>.deploy/nginx.conf`; returns how to start nginx. */
export function prepareNginx(root: string, port: number, host = '127.0.0.1'): NginxSite {
  const site = path.resolve(root);
  const siteConfig = path.join(deployDirOf(site), NGINX_FILE);
  if (!fs.existsSync(siteConfig))
    throw new Error(`${siteConfig} is missing: run "npm run build" first.`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), `nginx-${port}-`));
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
  const conf = `load_module ${BROTLI_MODULE};
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto;
error_log ${path.join(prefix, 'error.log')} warn;
pid ${path.join(prefix, 'nginx.pid')};
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen ${host}:${port};
    root ${site};
    include ${siteConfig};
  }
}
`;
  const file = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(file, conf);
  const args = ['-p', prefix, '-c', file, '-g', 'daemon off;'];
  const test = spawnSync(NGINX, [...args.slice(0, 4), '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the config:\n${test.stderr}`);
  return { prefix, args };
}

export function startNginx(site: NginxSite): ChildProcess {
  return spawn(NGINX, site.args, { stdio: ['ignore', 'inherit', 'inherit'] });
}
