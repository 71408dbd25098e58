/**
 * Turns citations of statutes this site holds ("§ 6103(i)(2)", "26 U.S.C. § 6103(b)(6)",
 * "I.R.C. § 6103", "8 U.S.C. § 1253(a)(1)") into links to our own statute page at the most
 * specific subsection that exists. Text already inside a link, heading, code or quote is left alone.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { Site } from '../content/site';

interface Target {
  slug: string;
  title: number;
  /** For multi-section files (50 U.S.C. §§ 21–24), the section itself is the fragment. */
  sectionIsFragment: boolean;
}

const CITATION =
  /(?:\b(\d{1,2})\s+U\.\s?S\.\s?C\.\s*|\bI\.\s?R\.\s?C\.\s*)?(?:§§?|\b[Ss]ections?|\b[Ss]ecci(?:ón|ones)|\b[Ss]ec\.)\s*(\d{2,4}[A-Za-z]?)((?:\([A-Za-z0-9]{1,4}\))*)/g;

export function statuteIndex(site: Site): Map<string, Target[]> {
  const index = new Map<string, Target[]>();
  const add = (section: string, target: Target) =>
    index.set(section.toLowerCase(), [...(index.get(section.toLowerCase()) ?? []), target]);
  for (const statute of site.statutes.values()) {
    const { codeTitle, section } = statute.data;
    if (!codeTitle || !section) continue;
    const range = /^(\d+)-(\d+)$/.exec(section);
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++)
        add(String(n), { slug: statute.id, title: codeTitle, sectionIsFragment: true });
    } else {
      add(section, { slug: statute.id, title: codeTitle, sectionIsFragment: false });
    }
  }
  return index;
}

export function linkStatuteCitations(tree: Root, site: Site, index = statuteIndex(site)): void {
  visitParents(tree, 'text', (node: Text, ancestors) => {
    const parent = ancestors.at(-1) as Parent | undefined;
    if (
      !parent ||
      ancestors.some(
        (a) =>
          a.type === 'link' ||
          a.type === 'heading' ||
          a.type === 'linkReference' ||
          (a.type === 'textDirective' && (a as { name?: string }).name === 'q'),
      )
    )
      return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(CITATION)) {
      const href = resolve(match, index, site);
      if (!href) continue;
      if (match.index > last)
        parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      const link: Link = {
        type: 'link',
        url: href,
        children: [{ type: 'text', value: match[0] }],
        data: { hProperties: { className: ['statute-link'] } },
      };
      parts.push(link);
      last = match.index + match[0].length;
    }
    if (!parts.length) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    const index_ = parent.children.indexOf(node as never);
    parent.children.splice(index_, 1, ...(parts as Parent['children']));
    return [SKIP, index_ + parts.length];
  });
}

function resolve(match: RegExpMatchArray, index: Map<string, Target[]>, site: Site): string | null {
  const [, titleGiven, section = '', pinpoint = ''] = match;
  const isIrc = /I\.\s?R\.\s?C\./.test(match[0]);
  const title = titleGiven ? Number(titleGiven) : isIrc ? 26 : undefined;
  const candidates = (index.get(section.toLowerCase()) ?? []).filter(
    (t) => title === undefined || t.title === title,
  );
  // A bare "§ 702" is linked only when exactly one statute we hold has that section number.
  if (candidates.length !== 1) return null;
  const target = candidates[0]!;
  const statute = site.statutes.get(target.slug);
  if (!statute) return null;
  const ids = new Set(statute.statute.provisions.map((p) => p.id));
  const designations = [...pinpoint.matchAll(/\(([A-Za-z0-9]+)\)/g)].map((m) => m[1]!);
  const path = target.sectionIsFragment ? [section, ...designations] : designations;
  // The most specific subsection that exists: "§ 6103(i)(2)(C)(ix)" falls back to i_2_C.
  for (let n = path.length; n > 0; n--) {
    const id = path.slice(0, n).join('_');
    if (ids.has(id)) return `${statute.route}#${id}`;
  }
  return statute.route;
}
