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
