import { test as base, type Page } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

/**
 * Behaviours load once the first screen has painted (lib/behaviour-loader.ts), a moment after the
 * load event that `page.goto` waits for. A test that then clicks a control waits for them first,
 * as a reader's second look would; pages without behaviours (feeds, downloads) are ready at once.
 */
export async function behavioursReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.documentElement;
    if (!(root instanceof HTMLElement) || !document.querySelector('[data-module]')) return true;
    return root.dataset.behaviours === 'ready';
  });
}

/** Playwright's `test`, whose `page.goto` also waits for the page's behaviours. */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      if (javaScriptEnabled !== false) await behavioursReady(page);
      return response;
    };
    await provide(page);
  },
});
