/**
 * A citation as runs of text, some italic (case names, titles), so the page can render <i> and a
 * copy can carry both plain text and HTML. No dependencies: the client leaf imports this file.
 */

/** One run of citation text. */
export interface CitationPart {
  text: string;
  /** Rendered in italics (<i>): a case name, a web page's or site's title. */
  italic?: boolean;
}

/** A labelled citation in one style, e.g. Bluebook or APA 7. */
export interface StyledCitation {
  /** Stable key: `bluebook`, `apa`, `mla`, `chicago`, `usc`, `irc`. */
  key: string;
  /** What the reader sees: "APA 7". */
  label: string;
  parts: CitationPart[];
}

/**
 * Where the cited target goes in a citation template: the page URL (a section's citation is the
 * page's with the section URL) or the section of a statute (`§ 6103(i)(2)`).
 */
export const TARGET_SLOT = '{target}';

export function plainCitation(parts: CitationPart[]): string {
  return parts.map((part) => part.text).join('');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** HTML for the clipboard, so a word processor keeps the italics. */
export function htmlCitation(parts: CitationPart[]): string {
  return parts
    .map((part) => {
      const text = part.text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
      return part.italic ? `<i>${text}</i>` : text;
    })
    .join('');
}

/** The citation of one target: every slot in the template replaced by `value`. */
export function fillTarget(parts: CitationPart[], value: string): CitationPart[] {
  return parts.map((part) => ({ ...part, text: part.text.split(TARGET_SLOT).join(value) }));
}

/** The template of a citation: its one occurrence of `value` replaced by the slot. */
export function toTemplate(parts: CitationPart[], value: string): CitationPart[] {
  const count = parts.reduce((n, part) => n + part.text.split(value).length - 1, 0);
  if (count !== 1) {
    throw new Error(
      `Cannot make a citation template: "${value}" occurs ${count} times in "${plainCitation(parts)}" (expected once)`,
    );
  }
  return parts.map((part) => ({ ...part, text: part.text.replace(value, TARGET_SLOT) }));
}
