/**
 * APA 7, MLA 9 and Chicago 17 (notes and bibliography) from CSL-JSON with citation-js. APA ships
 * with @citation-js/plugin-csl; the MLA and Chicago style files are Debian's copies of the CSL
 * project's styles, committed in ./styles with their licence notice. Server-side only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Cite, plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationPart } from './parts';

export const CSL_STYLES = {
  apa: { label: 'APA 7', template: 'apa', file: null },
  mla: { label: 'MLA 9', template: 'mla-9', file: 'modern-language-association.csl' },
  chicago: {
    label: 'Chicago 17',
    template: 'chicago-17-note-bibliography',
    file: 'chicago-note-bibliography.csl',
  },
} as const;

export type CslStyle = keyof typeof CSL_STYLES;

/** Locales citation-js ships: the Spanish edition's terms come from `es-ES`. */
export type CslLang = 'en-US' | 'es-ES';

export class CitationFormatError extends Error {
  override name = 'CitationFormatError';
}

const STYLE_DIR = path.join(process.cwd(), 'lib', 'citation', 'styles');
let registered = false;

/** Registers the committed MLA and Chicago styles with citation-js (once per process). */
function registerStyles(): void {
  if (registered) return;
  const { styles } = plugins.config.get('@csl');
  for (const style of Object.values(CSL_STYLES)) {
    if (style.file && !styles.has(style.template)) {
      styles.add(style.template, fs.readFileSync(path.join(STYLE_DIR, style.file), 'utf8'));
    }
  }
  registered = true;
}

/** One bibliography entry, as runs of text with the style's italics kept. */
export function formatCsl(record: CSL, style: CslStyle, lang: CslLang = 'en-US'): CitationPart[] {
  registerStyles();
  const html = new Cite([record]).format('bibliography', {
    style: CSL_STYLES[style].template,
    format: 'html',
    lang,
  });
  if (typeof html !== 'string')
    throw new CitationFormatError(`citation-js returned no ${style} bibliography`);
  return htmlToParts(html, style);
}

const ENTRY = /<div data-csl-entry-id="[^"]*" class="csl-entry">([\s\S]*?)<\/div>/;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

/**
 * citeproc's HTML for one entry → parts. It only ever italicises here; any other markup would be
 * lost silently in a plain-text copy, so it is an error (with the markup found) instead.
 */
export function htmlToParts(html: string, style = 'csl'): CitationPart[] {
  const inner = ENTRY.exec(html)?.[1];
  if (inner === undefined)
    throw new CitationFormatError(`No csl-entry in the ${style} output: ${html}`);
  const parts: CitationPart[] = [];
  let italic = false;
  for (const token of inner.trim().split(/(<[^>]+>)/)) {
    if (token === '<i>' || token === '</i>') {
      italic = token === '<i>';
    } else if (token.startsWith('<')) {
      throw new CitationFormatError(`Unexpected markup ${token} in the ${style} output: ${inner}`);
    } else if (token) {
      const text = token.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
        if (body.startsWith('#x') || body.startsWith('#X'))
          return String.fromCodePoint(parseInt(body.slice(2), 16));
        if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
        const named = NAMED_ENTITIES[body];
        if (named === undefined)
          throw new CitationFormatError(`Unknown entity ${entity} in the ${style} output`);
        return named;
      });
      const last = parts.at(-1);
      if (last && Boolean(last.italic) === italic) last.text += text;
      else parts.push(italic ? { text, italic: true } : { text });
    }
  }
  return parts;
}

/** Plain-text bibliography entry, straight from citation-js (used by tests to check htmlToParts). */
export function formatCslText(record: CSL, style: CslStyle): string {
  registerStyles();
  const text = new Cite([record]).format('bibliography', {
    style: CSL_STYLES[style].template,
    format: 'text',
    lang: 'en-US',
  });
  return String(text).trim();
}
