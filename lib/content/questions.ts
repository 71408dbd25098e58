/**
 * A questions-and-answers page (`layout: questions`): each `##` heading is a question, and the
 * blocks under it, up to the next `##`, its answer. The check, the renderer's structured data
 * (FAQPage) and the tests all read the page through this one function.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { isLinkOnly } from '../markdown/analyze';
import { headingId, plainText } from '../markdown/parse';

export interface QuestionSection {
  id: string;
  question: string;
  heading: Heading;
  /** The answer's blocks, in order. */
  answer: RootContent[];
}

export function questionSections(tree: Root): QuestionSection[] {
  const sections: QuestionSection[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ id: headingId(node), question: plainText(node).trim(), heading: node, answer: [] });
    } else {
      sections.at(-1)?.answer.push(node);
    }
  }
  return sections;
}

/**
 * An answer as plain text for structured data: source references left out, quotes of texts we
 * hold or report kept inside quotation marks (so they never read as our own words).
 */
export function answerText(section: QuestionSection): string {
  return answerWords(section.answer, inlineText);
}

/**
 * The words of answer blocks as one line, each block turned to text by `text`: editorial asides
 * and a closing "In full: …" link line left out, no space before punctuation. Shared by the
 * structured data above and the embeds (lib/embed/items.ts).
 */
export function answerWords(blocks: RootContent[], text: (block: RootContent) => string): string {
  return blocks
    .filter((block) => !(block.type === 'containerDirective' && block.name === 'editorial'))
    .filter((block) => !(block.type === 'paragraph' && isLinkOnly(block)))
    .map(text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

function inlineText(node: Nodes): string {
  if (node.type === 'textDirective' && node.name === 'q') {
    // A Spanish page keeps the quote in English and adds its unofficial rendering, as on the page.
    const rendering = node.attributes?.es;
    return `“${plainText(node)}”${rendering ? ` («${rendering}»)` : ''}`;
  }
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

/** Links in an answer that lead to a section elsewhere on the site (`/path/#fragment`). */
export function sectionLinks(section: QuestionSection): string[] {
  const links: string[] = [];
  for (const block of section.answer) {
    visit(block, 'link', (link) => {
      if (/^\/[^#]*#.+/.test(link.url)) links.push(link.url);
    });
  }
  return links;
}

/** Source ids cited in an answer. */
export function answerSources(section: QuestionSection): string[] {
  const ids: string[] = [];
  for (const block of section.answer) visit(block, 'citeRef', (ref) => void ids.push(...ref.ids));
  return ids;
}
