import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { builtPages } from './site-pages';

const PAGES = builtPages();
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        // No exclusions: every rule runs on every page.
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

// The copy-link control is made and placed by the page's script, so the runs above, on pages
// opened at their top, never see it: open each kind of item it serves at its fragment, and check
// the item with the control beside it (the whole page is checked above).
test('the copy-link control, at the item arrived at, has no WCAG 2.2 AA violations', async ({
  page,
}) => {
  for (const [path, id] of [
    ['/ruling/', 'holding'],
    ['/timeline/', '2025-05-12-pi-denied'],
    ['/glossary/', 'taxpayer-identity'],
    ['/sources/', 'upi-2025-05-12-pi-denied'],
  ]) {
    await page.goto(`${path}#${id}`);
    await expect(page.locator('button.copy-link:visible')).toHaveCount(1);
    const results = await new AxeBuilder({ page })
      .include(`[id="${id}"]`)
      .include('.copy-link')
      .withTags(WCAG_22_AA)
      .analyze();
    const summary = results.violations.map(
      (v) =>
        `${path}#${id} ${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`,
    );
    expect(summary).toEqual([]);
  }
});
