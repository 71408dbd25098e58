/**
 * The opening of a definition, short enough for a glossary popover, cut at sentence ends.
 *
 * A period is a poor sentence end in legal prose ("U.S. taxes", "the D.C. Circuit", "Pub. L.
 * 97-248"), so this does not split text on periods. Every factual sentence in our content ends
 * with its source reference, so a sentence ends where punctuation follows a source reference, a
 * quote, or the end of the paragraph. The source references themselves are left out: a popover
 * has no notes of its own, and its "Glossary entry" link leads to the sourced text.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

const SENTENCE_END = /^[.!?]["”»)]?/;

/** The first sentence of a definition's first paragraph, and the second if both fit in `maxChars`. */
export function leadSentences(tree: Root, maxChars = 320): PhrasingContent[] {
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!paragraph) return [];
  const sentences = splitSentences(paragraph.children);
  const [first = [], second] = sentences;
  const length = (nodes: PhrasingContent[]) =>
    toString({ type: 'paragraph', children: nodes }).length;
  return second && length(first) + 1 + length(second) <= maxChars
    ? [...first, { type: 'text', value: ' ' }, ...second]
    : first;
}

function splitSentences(children: PhrasingContent[]): PhrasingContent[][] {
  const sentences: PhrasingContent[][] = [];
  let current: PhrasingContent[] = [];
  let afterBoundaryCandidate = false;

  const finish = () => {
    trimEnd(current);
    if (current.length) sentences.push(current);
    current = [];
  };

  for (const node of children) {
    if (node.type === 'citeRef') {
      trimEnd(current);
      afterBoundaryCandidate = true;
      continue;
    }
    if (node.type === 'text' && afterBoundaryCandidate) {
      const end = SENTENCE_END.exec(node.value);
      if (end) {
        // "the D.C. Circuit [@x]." reads "the D.C. Circuit." once its reference is gone.
        const last = current.at(-1);
        const doubled = end[0] === '.' && last?.type === 'text' && last.value.endsWith('.');
        if (!doubled) current.push({ type: 'text', value: end[0] });
        finish();
        const rest = node.value.slice(end[0].length).trimStart();
        if (rest) current.push({ type: 'text', value: rest });
        afterBoundaryCandidate = false;
        continue;
      }
    }
    afterBoundaryCandidate = node.type === 'textDirective' && node.name === 'q';
    if (node.type === 'text' && !current.length) {
      const value = node.value.trimStart();
      if (value) current.push({ ...node, value });
    } else {
      current.push(node);
    }
  }
  finish();
  return sentences;
}

/** Drops the space a removed source reference leaves before its punctuation ("thereof [@x]."). */
function trimEnd(nodes: PhrasingContent[]): void {
  const last = nodes.at(-1);
  if (last?.type !== 'text') return;
  const value = last.value.trimEnd();
  if (value) nodes[nodes.length - 1] = { ...last, value };
  else nodes.pop();
}
