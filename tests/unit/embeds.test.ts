import { describe, expect, it } from 'vitest';
import { getSite } from '@/lib/content/site';
import { EMBED_SCRIPT, EMBED_SCRIPT_HASH, EMBED_STYLE_HASH } from '@/lib/embed/assets';
import { embedCode, excerpt, oembedJson } from '@/lib/embed/code';
import { embedIndexPath, embedItems, type EmbedKind } from '@/lib/embed/items';
import { embedPageHtml } from '@/lib/embed/page';
import { embedContentSecurityPolicy, fileHeaders, staticHostHeaders } from '@/lib/serve/headers';
import { nginxConfig } from '@/lib/serve/nginx';
import { SITE_URL } from '@/lib/site-config';

const english = getSite('en');
const spanish = getSite('es');
const items = { en: embedItems(english, english), es: embedItems(spanish, english) };
const KINDS: EmbedKind[] = ['status', 'event', 'thread', 'question', 'term', 'provision', 'number'];

describe('embeddable items', () => {
  it('cover every kind in both editions, at the same addresses under /es/', () => {
    for (const kind of KINDS) {
      expect(
        items.en.some((item) => item.kind === kind),
        kind,
      ).toBe(true);
      expect(
        items.es.some((item) => item.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(new Set(items.en.map((item) => item.path)).size).toBe(items.en.length);
    expect(items.es.map((item) => item.path)).toEqual(items.en.map((item) => `/es${item.path}`));
    expect(items.en.filter((item) => item.kind === 'status').map((item) => item.path)).toContain(
      '/embed/status/home/',
    );
  });

  it('name their sources, and say as of when the words are true', () => {
    for (const item of [...items.en, ...items.es]) {
      expect(item.sources.length, item.path).toBeGreaterThan(0);
      expect(item.dateLabel, item.path).toBeTruthy();
      expect(item.text, item.path).toBeTruthy();
    }
    const home = items.en.find((item) => item.path === '/embed/status/home/')!;
    expect(home.date).toBe(english.pages.get('home')!.data.status!.asOf);
  });

  it('keep the canonical pages’ item lists apart by edition', () => {
    expect(embedIndexPath('/ruling/', 'en')).toBe('/embed/pages/ruling/items.json');
    expect(embedIndexPath('/es/ruling/', 'es')).toBe('/es/embed/pages/ruling/items.json');
    expect(embedIndexPath('/', 'en')).toBe('/embed/pages/items.json');
  });
});

describe('the embed code and its oEmbed answer', () => {
  const item = items.en.find((i) => i.kind === 'question')!;

  it('is a quotation with its date and link, then a titled, lazy, sandboxed frame', () => {
    const code = embedCode(item);
    expect(code).toMatch(
      /^<blockquote class="irs-ice-embed" cite="[^"]+">\n<p>[^<]+<\/p>\n<footer>— <a href="[^"]+#[^"]+">[^<]+<\/a>, [^<]+<time datetime="\d{4}-\d{2}-\d{2}">/,
    );
    expect(code).toMatch(
      /<\/blockquote>\n<iframe src="[^"]+\/embed\/questions\/[^"]+\/" title="[^"]+ — IRS–ICE Data Case Explained" width="600" height="\d+" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/,
    );
  });

  it('escapes what it quotes and cuts long words at a word', () => {
    expect(excerpt('a '.repeat(300)).length).toBeLessThanOrEqual(401);
    expect(excerpt('short')).toBe('short');
    expect(embedCode({ ...item, title: 'A <b>"x"</b> & y' })).toContain(
      'A &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y',
    );
  });

  it('answers oEmbed 1.0 as a rich embed whose html is the code', () => {
    const answer = oembedJson(item);
    expect(answer).toMatchObject({
      type: 'rich',
      version: '1.0',
      width: 600,
      html: embedCode(item),
    });
    expect(answer.height).toBeGreaterThanOrEqual(200);
    expect(answer.cache_age).toBe(86400);
    expect(answer.provider_name).toBe('IRS–ICE Data Case Explained');
  });
});

describe('an embed page', () => {
  const status = items.es.find((i) => i.path === '/es/embed/status/ruling/')!;
  const html = embedPageHtml(status, spanish);

  it('is a whole document in its language, titled "<what> — <site>", with its oEmbed link', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="es">/);
    expect(html).toMatch(/<title>[^<]+ — El caso de los datos IRS–ICE, explicado<\/title>/);
    expect(html).toContain(
      `type="application/json+oembed" href="${SITE_URL}/es/embed/status/ruling/oembed.json"`,
    );
  });

  it('carries exactly the style and script its policy allows, and opens links in a new tab', () => {
    const policy = embedContentSecurityPolicy();
    expect(policy).toContain(`script-src ${EMBED_SCRIPT_HASH}`);
    expect(policy).toContain(`style-src ${EMBED_STYLE_HASH}`);
    expect(policy).toContain('frame-ancestors *');
    expect(html).toContain(`<script>${EMBED_SCRIPT}</script>`);
    for (const link of html.match(/<a [^>]*>/g) ?? [])
      expect(link).toMatch(/target="_blank" rel="noopener"/);
  });
});

describe('framing, in all three places headers are set', () => {
  it('npm start: /embed/ without X-Frame-Options, every other path DENY', () => {
    expect(fileHeaders('/embed/status/home/index.html')['X-Frame-Options']).toBeUndefined();
    expect(fileHeaders('/es/embed/status/home/oembed.json')['X-Frame-Options']).toBeUndefined();
    for (const path of ['/index.html', '/feed.xml', '/embedded/index.html', '/cite/ruling.bib'])
      expect(fileHeaders(path)['X-Frame-Options'], path).toBe('DENY');
  });

  it('nginx: the embed locations send the embed policy and no X-Frame-Options', () => {
    const config = nginxConfig({ scripts: [], styles: [] });
    const embed = /location \^~ \/embed\/ \{([\s\S]*?)\n {2}\}/.exec(config)?.[1] ?? '';
    expect(embed).toContain('frame-ancestors *');
    expect(embed).not.toContain('X-Frame-Options');
    expect(config).toMatch(/location \^~ \/es\/embed\/ \{/);
    const root = /location \/ \{([\s\S]*?)\n {2}\}/.exec(config)?.[1] ?? '';
    expect(root).toContain('X-Frame-Options "DENY"');
  });

  it('_headers: the embed rules detach the site’s X-Frame-Options and policy', () => {
    const file = staticHostHeaders({ scripts: [], styles: [] });
    expect(file).toContain(
      `/embed/*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: ${embedContentSecurityPolicy()}\n`,
    );
    expect(file).toContain('/cite/:file\n  Content-Disposition: attachment; filename=":file"');
    expect(file).toContain('/*.bib\n  Content-Type: application/x-bibtex; charset=utf-8');
  });
});

describe('the words of an embed', () => {
  it('close up where a source marker stood: no space before the punctuation that followed it', () => {
    for (const [list, site] of [
      [items.en, english],
      [items.es, spanish],
    ] as const) {
      for (const item of list.filter((i) => !['provision', 'thread'].includes(i.kind))) {
        const html = embedPageHtml(item, site);
        // The item's words: from the text block to the sources list.
        const words = html
          .slice(html.indexOf('class="text'), html.indexOf('class="sources'))
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ');
        expect(words.length, item.path).toBeGreaterThan(20);
        expect(words, item.path).not.toMatch(/\p{L} [.,;:]/u);
      }
    }
  });
});
