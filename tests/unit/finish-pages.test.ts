import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_LOADER } from '@/lib/behaviour-loader';
import { THEME_SCRIPT } from '@/lib/theme-script';
import { finishPage, QUOTE_DATA_FILE } from '@/lib/build/finish-pages';

/** The shape of a page as Next exports it: runtime chunks, preload, inline flight data. */
function nextPage(switchTo: 'es' | 'en' = 'es'): string {
  return [
    '<!DOCTYPE html><html lang="en"><head>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script type="module" src="/assets/page-enhancements.js" async=""></script>',
    `<script>${THEME_SCRIPT}</script>`,
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    '</head><body>',
    `<a class="language-switch" href="/${switchTo === 'es' ? 'es/' : ''}" hrefLang="${switchTo}" data-counterpart="" data-module="language-switch">x</a>`,
    '<main id="main-content"><p>Text</p>',
    '<div data-module="citation-styles"><script type="application/json">{"styles":[]}</script></div>',
    '</main>',
    `<script>${BEHAVIOUR_LOADER}</script>`,
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>',
    '</body></html>',
  ].join('');
}

describe('finishing a page Next exported', () => {
  it('removes the framework runtime: its scripts, preloads and inline flight data', () => {
    const { html, removed } = finishPage(nextPage(), '/about/');
    expect(html).not.toContain('/_next/static/chunks/b.js');
    expect(html).not.toContain('polyfills.js');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(removed).toBe(6);
  });

  it('keeps the behaviours and their loader, the theme script, data blocks, styles and the content', () => {
    const { html } = finishPage(nextPage(), '/about/');
    expect(html).toContain(`<script>${BEHAVIOUR_LOADER}</script>`);
    expect(html).toContain('<script type="module" src="/assets/page-enhancements.js" async="">');
    expect(html).toContain(`<script>${THEME_SCRIPT}</script>`);
    expect(html).toContain('application/ld+json');
    expect(html).toContain('<script type="application/json">{"styles":[]}</script>');
    expect(html).toContain('rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<main id="main-content"><p>Text</p>');
  });

  it('points the language switch at the same page in the other edition', () => {
    expect(finishPage(nextPage('es'), '/law/26-usc-6103/').html).toContain(
      'class="language-switch" href="/es/law/26-usc-6103/"',
    );
    expect(finishPage(nextPage('en'), '/es/timeline/').html).toContain(
      'class="language-switch" href="/timeline/"',
    );
  });

  it('sends the not-found page to the other edition’s home', () => {
    expect(finishPage(nextPage('es'), '/404.html').html).toContain(
      'class="language-switch" href="/es/"',
    );
    expect(finishPage(nextPage('es'), '/_not-found/').html).toContain(
      'class="language-switch" href="/es/"',
    );
  });

  it('stops the build, naming the page, when the language switch has no address', () => {
    const broken = nextPage().replace(' href="/es/"', '');
    expect(() => finishPage(broken, '/ruling/')).toThrow(
      '/ruling/: the language switch has no href',
    );
  });

  it('moves the quotation data out of the page into quote.json beside it, decoded', () => {
    const data = '{"open":"“","styles":[{"key":"apa","prose":["{Q} (Site, 2026)"]}],"x":"a & b"}';
    const encoded = data.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const page = nextPage().replace(
      '<main id="main-content">',
      `<main id="main-content"><section class="cite-this" data-quote="${encoded}"></section>`,
    );
    const { html, quoteData } = finishPage(page, '/ruling/');
    expect(quoteData).toBe(data);
    expect(JSON.parse(quoteData!)).toEqual(JSON.parse(data));
    expect(html).toContain(`<section class="cite-this" data-quote="/ruling/${QUOTE_DATA_FILE}">`);
    expect(html).not.toContain('{Q}');
    expect(finishPage(nextPage(), '/about/').quoteData).toBeUndefined();
  });
});
