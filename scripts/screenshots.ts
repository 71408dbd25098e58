/**
 * `npm run screenshots`: home, a statute, the timeline and the ruling at 390 px and 1280 px, light
 * and dark, into tests/screenshots/ — for a person to look at before a release.
 *   usage: tsx scripts/screenshots.ts   (serves out/ itself on a free port)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const PAGES = {
  home: '/',
  statute: '/law/26-usc-6103/#i_2',
  timeline: '/timeline/',
  ruling: '/ruling/',
};
const WIDTHS = [390, 1280];
const THEMES = ['light', 'dark'] as const;
const outDir = path.resolve('tests', 'screenshots');

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'out'], {
  env: { ...process.env, PORT: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const origin = await new Promise<string>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => {
    const match = /at (http:\/\/[^/\s]+)\//.exec(chunk.toString());
    if (match) resolve(match[1]!);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
fs.mkdirSync(outDir, { recursive: true });
try {
  for (const [name, route] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const page = await browser.newPage({
          viewport: { width, height: width < 600 ? 844 : 900 },
          colorScheme: theme,
          reducedMotion: 'reduce',
        });
        await page.goto(`${origin}${route}`);
        const file = path.join(outDir, `${name}-${width}-${theme}.png`);
        await page.screenshot({ path: file });
        await page.close();
        console.log(path.relative(process.cwd(), file));
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
