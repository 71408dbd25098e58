/**
 * Reads what a Markdown body refers to (sources, terms, quotes, links, ids) so the content check
 * can verify it across files. Lines are 1-based within the body.
 */
import type { Nodes, Paragraph, Parent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import { CONTAINER_DIRECTIVES, LEAF_DIRECTIVES, headingId, plainText } from './parse';

export interface Located {
  line: number;
}

export interface QuoteUse extends Located {
  text: string;
  cite?: string;
  by?: string;
  /** The Spanish rendering (`es="…"`) a Spanish page gives after the English words. */
  translation?: string;
}

export interface BodyAnalysis {
  headingIds: (Located & { id: string })[];
  sourceRefs: (Located & { id: string })[];
  terms: (Located & { text: string; id?: string })[];
  quotes: QuoteUse[];
  links: (Located & { url: string })[];
  rawHtml: (Located & { value: string })[];
  unknownDirectives: (Located & { name: string; kind: string })[];
  /** Paragraphs and list items that state something but cite nothing. */
  unsourced: (Located & { excerpt: string })[];
  timelineEmbeds: (Located & { tags: string[] })[];
  leafDirectives: (Located & { name: string })[];
}

/** Fewer words than this is a label or a lead-in, not a factual claim. */
const MIN_CLAIM_WORDS = 8;

export function analyzeBody(tree: Root): BodyAnalysis {
  const result: BodyAnalysis = {
    headingIds: [],
    sourceRefs: [],
    terms: [],
    quotes: [],
    links: [],
    rawHtml: [],
    unknownDirectives: [],
    unsourced: [],
    timelineEmbeds: [],
    leafDirectives: [],
  };
  const lineOf = (node: Nodes) => node.position?.start.line ?? 0;

  visitParents(tree, (node, ancestors) => {
    switch (node.type) {
      case 'heading':
        result.headingIds.push({ id: headingId(node), line: lineOf(node) });
        break;
      case 'citeRef':
        for (const id of node.ids) result.sourceRefs.push({ id, line: lineOf(node) });
        break;
      case 'link':
        result.links.push({ url: node.url, line: lineOf(node) });
        break;
      case 'html':
        result.rawHtml.push({ value: node.value, line: lineOf(node) });
        break;
      case 'textDirective':
        if (node.name === 'term') {
          const id = node.attributes?.id ?? undefined;
          result.terms.push({ text: plainText(node), line: lineOf(node), ...(id ? { id } : {}) });
        } else if (node.name === 'q') {
          result.quotes.push(quoteUse(node.attributes ?? {}, plainText(node), lineOf(node)));
        }
        break;
      case 'leafDirective':
        if (!(LEAF_DIRECTIVES as readonly string[]).includes(node.name)) {
          result.unknownDirectives.push({ name: node.name, kind: 'leaf', line: lineOf(node) });
        } else {
          result.leafDirectives.push({ name: node.name, line: lineOf(node) });
          if (node.name === 'timeline') {
            const tags = (node.attributes?.tags ?? '').split(/[\s,]+/).filter(Boolean);
            result.timelineEmbeds.push({ tags, line: lineOf(node) });
          }
        }
        break;
      case 'containerDirective':
        if (!(CONTAINER_DIRECTIVES as readonly string[]).includes(node.name)) {
          result.unknownDirectives.push({ name: node.name, kind: 'container', line: lineOf(node) });
        } else if (node.name === 'quote') {
          result.quotes.push(quoteUse(node.attributes ?? {}, plainText(node), lineOf(node)));
        }
        break;
      case 'paragraph':
      case 'tableRow':
        if (isExempt(ancestors)) break;
        if (node.type === 'tableRow' && ancestors.at(-1)?.children[0] === node) break;
        if (!needsSource(node)) break;
        result.unsourced.push({ line: lineOf(node), excerpt: excerpt(plainText(node)) });
        break;
    }
  });
  return result;
}

function quoteUse(
  attributes: Record<string, string | null | undefined>,
  text: string,
  line: number,
): QuoteUse {
  const use: QuoteUse = { text, line };
  if (attributes.cite) use.cite = attributes.cite;
  if (attributes.by) use.by = attributes.by;
  if (attributes.es) use.translation = attributes.es;
  return use;
}

/** Editorial containers, quotes and table headers state no claim of their own. */
function isExempt(ancestors: Parent[]): boolean {
  return ancestors.some(
    (ancestor) =>
      (ancestor.type === 'containerDirective' &&
        ['editorial', 'quote'].includes((ancestor as ContainerDirective).name)) ||
      ancestor.type === 'blockquote',
  );
}

function needsSource(node: Nodes): boolean {
  const text = plainText(node).trim();
  if (text.split(/\s+/).length < MIN_CLAIM_WORDS) return false;
  // A lead-in ("The plaintiffs argued:") introduces a list whose items carry the sources.
  if (node.type === 'paragraph' && text.endsWith(':')) return false;
  // A paragraph that is one link ("In full: the holding") points the way; it states nothing.
  if (node.type === 'paragraph' && isLinkOnly(node)) return false;
  return !carriesSource(node);
}

/** A paragraph that is one link and nothing else: a pointer to where something is explained. */
export function isLinkOnly(paragraph: Paragraph): boolean {
  const parts = paragraph.children.filter(
    (child) => !(child.type === 'text' && !child.value.trim()),
  );
  return parts.length === 1 && parts[0]?.type === 'link';
}

function carriesSource(node: Nodes): boolean {
  let found = false;
  visitParents(node, (child) => {
    if (child.type === 'citeRef') found = true;
    if (
      child.type === 'textDirective' &&
      child.name === 'q' &&
      (child.attributes?.by || child.attributes?.cite)
    )
      found = true;
  });
  return found;
}

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}
