import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';
import { nginxAvailable } from './scripts/lib/nginx';
import { WRANGLER_ARGS, wranglerAvailable } from './scripts/lib/wrangler';

const PORT = Number(process.env.E2E_PORT ?? 4174);
const NGINX_PORT = PORT + 1;
const WRANGLER_PORT = PORT + 2;

// The specs about serving (headers, privacy, 404, redirects, content types, caching) also run
// against Debian's nginx with the build's _nginx.conf. CI installs nginx; elsewhere it is optional.
const SERVING_SPECS = ['privacy-security.spec.ts', 'serving.spec.ts'];
const withNginx = nginxAvailable();
if (!withNginx && process.env.CI)
  throw new Error('CI needs nginx and libnginx-mod-http-brotli-static (.ci/run installs them).');
if (!withNginx) console.warn('nginx not found: the serving specs run against npm start only.');
// And against Cloudflare's own runtime (workerd, from the wrangler npm package) reading _headers,
// as Cloudflare Pages would publish out/ as it is. package.json installs it, so CI always has it.
const withWrangler = wranglerAvailable();
if (!withWrangler && process.env.CI) throw new Error('CI needs wrangler (npm ci installs it).');

/**
 * Browser tests run Debian's Chromium against the built out/ served by our own server (the same
 * headers `npm start` sends); the serving specs run against nginx as well (project `nginx`) and
 * Cloudflare's runtime with `_headers` (project `wrangler`). Browsers are never downloaded: CHROMIUM_PATH or /usr/bin/chromium.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Axe on the longest pages and full-page walks take tens of seconds on a 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    ...(withNginx
      ? [
          {
            name: 'nginx',
            testMatch: SERVING_SPECS,
            use: {
              ...devices['Desktop Chrome'],
              channel: undefined,
              baseURL: `http://127.0.0.1:${NGINX_PORT}`,
            },
          },
        ]
      : []),
    ...(withWrangler
      ? [
          {
            name: 'wrangler',
            testMatch: SERVING_SPECS,
            use: {
              ...devices['Desktop Chrome'],
              channel: undefined,
              baseURL: `http://127.0.0.1:${WRANGLER_PORT}`,
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `tsx scripts/serve.ts out`,
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(withNginx
      ? [
          {
            command: `tsx scripts/serve-nginx.ts out`,
            env: { PORT: String(NGINX_PORT) },
            url: `http://127.0.0.1:${NGINX_PORT}/`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
    ...(withWrangler
      ? [
          {
            // It prints DNS errors offline; Playwright waits for the port to answer, not the log.
            command: ['wrangler', ...WRANGLER_ARGS, '--port', String(WRANGLER_PORT)].join(' '),
            env: { WRANGLER_SEND_METRICS: 'false', CI: 'true' },
            url: `http://127.0.0.1:${WRANGLER_PORT}/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
