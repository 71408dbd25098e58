import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.describe('the Spanish edition', () => {
  test('the language switch keeps the reader at the deep-linked section, both ways', async ({
    page,
  }) => {
    await page.goto('/ruling/#holding');
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\/ruling\/#holding$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[id="holding"]')).toBeInViewport();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/ruling\/#holding$/);
    await expect(page.locator('[id="holding"]')).toBeInViewport();
  });

  test('a statute subsection keeps its id in Spanish', async ({ page }) => {
    await page.goto('/es/law/26-usc-6103/#i_2_C');
    await expect(page.locator('[id="i_2_C"]')).toBeInViewport();
    await expect(
      page.getByText('Solo el texto en inglés es oficial', { exact: false }),
    ).toBeVisible();
  });

  test('pages declare their language and their counterpart', async ({ page }) => {
    await page.goto('/es/agreement/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      /\/agreement\/$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
      'href',
      /\/es\/agreement\/$/,
    );
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_US');
    // Navigation, notices and dates are in Spanish; quotes keep their English words.
    await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
    await expect(page.locator('.site-footer')).toContainText('No es asesoría legal.');
    await expect(page.locator('.page-meta')).toContainText('25 de noviembre de 2026');
    const quote = page.locator('q.quote-inline').first();
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(page.locator('.quote-translation').first()).toContainText('traducción no oficial');
  });

  test('links inside Spanish content stay in Spanish', async ({ page }) => {
    await page.goto('/es/ruling/');
    const internal = await page
      .locator('.article-body a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(internal.length).toBeGreaterThan(10);
    const english = internal.filter(
      (href) => !href.startsWith('/es/') && !/\.(xml|json|bib|ris)$/.test(href),
    );
    expect(english).toEqual([]);
  });

  test('search in Spanish finds Spanish pages only', async ({ page }) => {
    await page.goto(`/es/search/?q=${encodeURIComponent('medida cautelar')}`);
    const results = page.locator('.search-results li a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs.every((href) => href.startsWith('/es/'))).toBe(true);
    await expect(page.locator('.search-results > p').first()).toContainText('resultado');
  });

  test('a citation search in Spanish leads to the Spanish statute subsection', async ({ page }) => {
    await page.goto(`/es/search/?q=${encodeURIComponent('§ 6103(i)(2)')}`);
    const first = page.locator('.search-results li a').first();
    await expect(first).toHaveAttribute('href', '/es/law/26-usc-6103/#i_2');
  });

  test('the 404 page offers both languages', async ({ page }) => {
    const response = await page.goto('/es/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
    await expect(page.locator('section[lang="es"]')).toBeVisible();
    expect(
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze(),
    ).toMatchObject({ violations: [] });
  });
});
