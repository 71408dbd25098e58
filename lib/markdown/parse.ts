/**
 * Markdown → mdast with this site's syntax resolved: heading ids (`{#id}` or GitHub slugs),
 * source references (`[@id]`), and directives (`:term`, `:q`, `:::quote`, `:::editorial`,
 * `::timeline`, `::request-flow`, `::counts-chart`). The tree is pure data: the content check
 * reads it, and the renderer turns it into React.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

/** A `[@a; @b]` reference, as an mdast node of our own. */
export interface CiteRefNode {
  type: 'citeRef';
  ids: string[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
  position?: Text['position'];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citeRef: CiteRefNode;
  }
  interface RootContentMap {
    citeRef: CiteRefNode;
  }
}

export const TEXT_DIRECTIVES = ['term', 'q'] as const;
export const LEAF_DIRECTIVES = ['timeline', 'request-flow', 'counts-chart'] as const;
export const CONTAINER_DIRECTIVES = ['quote', 'editorial'] as const;

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Parses a Markdown body into an mdast tree with our syntax resolved. */
export function parseMarkdown(markdown: string): Root {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  restoreStrayTextDirectives(tree);
  resolveSourceRefs(tree);
  assignHeadingIds(tree);
  return tree;
}

const EXPLICIT_ID = /\s*\{#([A-Za-z0-9_-]+)\}\s*$/;

/** Gives every heading an id: the explicit `{#id}` if present, else a GitHub-compatible slug. */
function assignHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, 'heading', (heading: Heading) => {
    const last = heading.children.at(-1);
    let id: string | undefined;
    if (last?.type === 'text') {
      const match = EXPLICIT_ID.exec(last.value);
      if (match) {
        id = match[1];
        last.value = last.value.slice(0, match.index);
        if (!last.value) heading.children.pop();
      }
    }
    id ??= slugger.slug(toString(heading));
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
}

export function headingId(heading: Heading): string {
  return String(heading.data?.hProperties?.id ?? '');
}

const SOURCE_REF = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

/** Turns `[@a; @b]` inside text into `citeRef` nodes. */
function resolveSourceRefs(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('[@')) return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(SOURCE_REF)) {
      if (match.index > last)
        parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      const ids = match[1]!.split(';').map((id) => id.trim().replace(/^@/, ''));
      parts.push({ type: 'citeRef', ids, position: node.position });
      last = match.index + match[0].length;
    }
    if (!parts.length) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent as Parent).children.splice(index, 1, ...(parts as Parent['children']));
    return [SKIP, index + parts.length];
  });
}

/**
 * remark-directive reads any `:word` as a text directive, so "Sec.:2" or "10:30am" would vanish.
 * Names we do not use go back to being the text the writer typed.
 */
function restoreStrayTextDirectives(tree: Root): void {
  visit(tree, 'textDirective', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if ((TEXT_DIRECTIVES as readonly string[]).includes(node.name)) return;
    const label = node.children.length ? `[${toString(node)}]` : '';
    const replacement: Text = {
      type: 'text',
      value: `:${node.name}${label}`,
      position: node.position,
    };
    parent.children.splice(index, 1, replacement);
  });
}

/** Plain text of a node, with source references left out. */
export function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false });
}
