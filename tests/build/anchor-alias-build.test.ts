import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { serveOut } from '../../scripts/lib/serve-child';
import { copyProject } from './project-copy';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/**
 * The anchor registry end to end: renaming a published heading id fails the check with a message
 * that says how to alias it; with the alias, the real build makes the old URL land on the new place.
 */
describe('renaming a published anchor', () => {
  let dir: string;
  let browser: Browser | undefined;

  beforeAll(() => {
    dir = copyProject('alias-build-');
    // Both editions share the id, so a rename is made in both.
    for (const edition of ['', 'es']) {
      const ruling = path.join(dir, 'content', edition, 'pages', 'ruling.md');
      const text = fs.readFileSync(ruling, 'utf8');
      expect(text).toContain('{#holding}');
      fs.writeFileSync(ruling, text.replace('{#holding}', '{#court-holding}'));
    }
    // As a writer would, point the site's own links at the new id; the alias is for links outside.
    for (const edition of ['', 'es']) {
      const pages = path.join(dir, 'content', edition, 'pages');
      for (const name of fs.readdirSync(pages)) {
        const file = path.join(pages, name);
        const text = fs.readFileSync(file, 'utf8');
        if (text.includes('/ruling/#holding)'))
          fs.writeFileSync(file, text.replaceAll('/ruling/#holding)', '/ruling/#court-holding)'));
      }
    }
  });

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails the content check, naming the page, the anchor and the alias to add', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/check-content.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/pages/ruling.md');
    expect(result.stderr).toContain('Published anchor /ruling/#holding no longer exists');
    expect(result.stderr).toContain('fragments: { "/ruling/#holding": "/ruling/#new-id" }');
  });

  it('with the alias, the old link lands on the renamed section, with and without JavaScript', async () => {
    fs.writeFileSync(
      path.join(dir, 'content', 'anchor-aliases.yaml'),
      'pages: {}\nfragments:\n  "/ruling/#holding": "/ruling/#court-holding"\n',
    );
    const build = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env });
    expect(build.status, build.stderr).toBe(0);

    const server = await serveOut('out', dir);
    try {
      const { origin } = server;
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      });
      for (const [route, javaScriptEnabled] of [
        ['/ruling/', true],
        ['/ruling/', false],
        ['/es/ruling/', true],
        ['/es/ruling/', false],
      ] as const) {
        const page = await browser.newPage({
          javaScriptEnabled,
          viewport: { width: 1280, height: 800 },
          reducedMotion: 'reduce',
        });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${origin}${route}#holding`);
        await page.waitForTimeout(300);
        const inView = await page.locator('#court-holding').evaluate((el) => {
          const rect = el.getBoundingClientRect();
          return rect.top >= -2 && rect.top < window.innerHeight;
        });
        expect(inView, `${route}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(true);
        if (javaScriptEnabled) {
          await page.waitForFunction(() => document.activeElement?.id === 'court-holding');
          expect(errors).toEqual([]);
        }
        await page.close();
      }
    } finally {
      await server.stop();
    }
  });
});
