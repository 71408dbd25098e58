/**
 * Reads a statute body (the verbatim text, in the fact base's nested-list layout) and gives every
 * subsection an id in Cornell LII's form: (i)(2)(C) → `i_2_C`. The Markdown stays the source of
 * truth; this only annotates the tree and indexes each provision's text for verbatim checks.
 */
import type { Heading, ListItem, Nodes, Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { parseMarkdown } from '../markdown/parse';

export interface Provision {
  /** LII-style id: `i_2_C`; `21` for 50 U.S.C. § 21; `sec-18` for an executive order's Sec. 18. */
  id: string;
  /** How the provision is cited after the section number: `(i)(2)(C)`. */
  pinpoint: string;
  /** The heading the Code gives it, if any. */
  heading?: string;
  /** Nesting depth (0 = subsection). */
  depth: number;
  /** Plain text of the provision and everything nested in it. */
  text: string;
}

export interface ParsedStatute {
  tree: Root;
  provisions: Provision[];
  /** Plain text of the whole body. */
  text: string;
}

const DESIGNATION = /^\(([A-Za-z0-9]+)\)\s*/;
const SECTION_HEADING = /^§\s*(\d+[A-Za-z]?)\./;
const EO_SECTION = /^(?:Sec\.|Section)\s+(\d+)\.\s*/;

export function parseStatute(markdown: string): ParsedStatute {
  const tree = parseMarkdown(markdown);
  liftFootnoteMarkers(tree);
  const provisions: Provision[] = [];

  visitParents(tree, (node, ancestors) => {
    if (node.type === 'listItem') {
      const designation = designationOf(node);
      if (!designation) return;
      const parentPath = ancestors
        .filter((a): a is ListItem => a.type === 'listItem')
        .map((a) => String(a.data?.hProperties?.['data-designation'] ?? ''))
        .filter(Boolean);
      const path = [...parentPath, designation.value];
      const id = path.join('_');
      node.data = {
        ...node.data,
        hProperties: {
          ...node.data?.hProperties,
          id,
          'data-designation': designation.value,
          className: ['provision', `provision-depth-${parentPath.length}`],
        },
      };
      provisions.push({
        id,
        pinpoint: path.map((part) => `(${part})`).join(''),
        depth: parentPath.length,
        text: blockText(node),
        ...(designation.heading ? { heading: designation.heading } : {}),
      });
    } else if (node.type === 'heading') {
      const match = SECTION_HEADING.exec(inlineText(node.children));
      if (!match) return;
      setId(node, match[1]!);
      provisions.push({
        id: match[1]!,
        pinpoint: '',
        depth: 0,
        text: sectionText(node, ancestors),
        heading: inlineText(node.children),
      });
    } else if (node.type === 'paragraph' && ancestors.length === 1) {
      const first = node.children[0];
      if (first?.type !== 'strong') return;
      const match = EO_SECTION.exec(inlineText(first.children));
      if (!match) return;
      const id = `sec-${match[1]}`;
      setId(node, id);
      provisions.push({
        id,
        pinpoint: `sec. ${match[1]}`,
        depth: 0,
        text: eoSectionText(node, tree),
        heading: inlineText(first.children).trim(),
      });
    }
  });
  return { tree, provisions, text: blockText(tree) };
}

function setId(node: Heading | Paragraph, id: string): void {
  node.data = {
    ...node.data,
    hProperties: { ...node.data?.hProperties, id, className: ['provision-anchor'] },
  };
}

/** `- **(2) Heading**` → { value: '2', heading: 'Heading' }. */
function designationOf(item: ListItem): { value: string; heading?: string } | null {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const strong = paragraph.children[0];
  if (strong?.type !== 'strong') return null;
  const label = inlineText(strong.children).trim();
  const match = DESIGNATION.exec(label);
  if (!match) return null;
  const heading = label.slice(match[0].length).trim();
  return { value: match[1]!, ...(heading ? { heading } : {}) };
}

/** The text of a `### § 21.` section: the heading and everything up to the next heading. */
function sectionText(heading: Heading, ancestors: Parent[]): string {
  const parent = ancestors.at(-1);
  if (!parent) return '';
  const start = parent.children.indexOf(heading);
  const parts: string[] = [];
  for (const sibling of parent.children.slice(start)) {
    if (sibling !== heading && sibling.type === 'heading') break;
    parts.push(blockText(sibling));
  }
  return parts.join(' ');
}

/** The text of an executive order section: its paragraph and the following ones up to the next section. */
function eoSectionText(paragraph: Paragraph, tree: Root): string {
  const start = tree.children.indexOf(paragraph);
  const parts: string[] = [];
  for (const sibling of tree.children.slice(start)) {
    if (
      sibling !== paragraph &&
      sibling.type === 'paragraph' &&
      sibling.children[0]?.type === 'strong' &&
      EO_SECTION.test(inlineText(sibling.children[0].children))
    )
      break;
    parts.push(blockText(sibling));
  }
  return parts.join(' ');
}

/** `<sup>1</sup>` footnote markers are the one piece of HTML the statute texts carry. */
function liftFootnoteMarkers(tree: Root): void {
  visitParents(tree, 'paragraph', (paragraph: Paragraph) => {
    const out: PhrasingContent[] = [];
    const children = paragraph.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      const text = children[i + 1];
      const close = children[i + 2];
      if (
        node.type === 'html' &&
        node.value === '<sup>' &&
        text?.type === 'text' &&
        close?.type === 'html' &&
        close.value === '</sup>'
      ) {
        out.push({
          type: 'emphasis',
          children: [{ type: 'text', value: text.value }],
          data: { hName: 'sup', hProperties: { className: ['footnote-marker'] } },
        });
        i += 2;
      } else {
        out.push(node);
      }
    }
    paragraph.children = out;
  });
}

function inlineText(nodes: PhrasingContent[]): string {
  return nodes.map((node) => blockText(node)).join('');
}

/** Plain text with a space wherever the printed text has a line or block break. */
export function blockText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html') return '';
  if (!('children' in node)) return '';
  const inline =
    node.type === 'paragraph' ||
    node.type === 'heading' ||
    node.type === 'strong' ||
    node.type === 'emphasis' ||
    node.type === 'link' ||
    node.type === 'delete';
  return (node.children as Nodes[]).map(blockText).join(inline ? '' : ' ');
}

/** Whitespace and typographic quotes normalised, for verbatim comparison. */
export function normalizeForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
