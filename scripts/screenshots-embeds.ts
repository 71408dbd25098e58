/**
 * `npm run screenshots:embeds`: each kind of embed as a newsroom shows it, its pasted code on a
 * page of another origin, at 390 px and 700 px, light and dark → reports/embeds/. For a person to
 * look at; the embeds spec checks the same frames.
 *   usage: tsx scripts/screenshots-embeds.ts   (serves out/ itself on a free port)
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { SITE_URL } from '../lib/site-config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { serveOut } from './lib/serve-child';

const EMBEDS = {
  status: '/embed/status/home/',
  event: '/embed/timeline/2025-05-12-pi-denied/',
  thread: '/embed/thread/congress/',
  question: '/embed/questions/appeals-court/',
  term: '/embed/glossary/taxpayer-identity/',
  provision: '/embed/law/26-usc-6103/i_2/',
  number: '/embed/numbers/about-700000/',
  'es-status': '/es/embed/status/ruling/',
};
const WIDTHS = [390, 700];
const THEMES = ['light', 'dark'] as const;
const outDir = path.resolve('reports', 'embeds');

const server = await serveOut();
let article = '';
// The newsroom: another origin (localhost, not 127.0.0.1) on loopback.
const newsroom = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(article);
});
await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
const host = `http://localhost:${(newsroom.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
fs.mkdirSync(outDir, { recursive: true });
try {
  for (const [name, route] of Object.entries(EMBEDS)) {
    const missing = !fs.existsSync(path.join('out', route, 'oembed.json'));
    if (missing) throw new Error(`${route} is not in the build`);
    const { html } = JSON.parse(
      fs.readFileSync(path.join('out', route, 'oembed.json'), 'utf8'),
    ) as { html: string };
    article = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<title>Newsroom</title><style>body{margin:0;padding:12px;font:18px/1.5 Georgia,serif}iframe{display:block;width:100%}
blockquote{display:none}</style></head><body>
${html.replaceAll(SITE_URL, server.origin)}
<script>addEventListener('message',function(e){if(!e.data||e.data.context!=='iframe.resize')return;
document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+'px'})})</script>
</body></html>`;
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: theme,
          reducedMotion: 'reduce',
        });
        await page.goto(`${host}/`);
        const frame = page.frameLocator('iframe');
        await frame.locator('h1').waitFor();
        // Until the frame has taken its content's height.
        await page.waitForFunction(() => {
          const iframe = document.querySelector('iframe');
          return iframe && iframe.style.height !== '';
        });
        const file = path.join(outDir, `${name}-${width}-${theme}.png`);
        // The top of a tall embed (a long provision, a thread) is enough to judge it; small files.
        const box = (await page.locator('iframe').boundingBox())!;
        await page.screenshot({ path: file, clip: { ...box, height: Math.min(box.height, 640) } });
        await page.close();
        console.log(path.relative(process.cwd(), file));
      }
    }
  }
} finally {
  await browser.close();
  newsroom.close();
  await server.stop();
}
