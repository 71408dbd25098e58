/**
 * `npm run screenshots`: home, the ruling, § 6103, the timeline, the glossary and Spanish pages at
 * 390 px and 1280 px, light and dark, into tests/screenshots/ — for a person to look at before a
 * release. The first screen only: what a reader arriving from a link sees.
 *   usage: tsx scripts/screenshots.ts   (serves out/ itself on a free port)
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { serveOut } from './lib/serve-child';

const PAGES = {
  home: '/',
  statute: '/law/26-usc-6103/#i_2',
  timeline: '/timeline/',
  ruling: '/ruling/',
  glossary: '/glossary/',
  'es-home': '/es/',
  'es-glossary': '/es/glossary/',
  'es-statute': '/es/law/26-usc-6103/#i_2',
};
const WIDTHS = [390, 1280];
const THEMES = ['light', 'dark'] as const;
const outDir = path.resolve('tests', 'screenshots');

const server = await serveOut();
const { origin } = server;

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
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
  await server.stop();
}
