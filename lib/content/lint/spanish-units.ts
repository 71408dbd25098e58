/**
 * The statute's units in Spanish, one name per level, as Spanish drafting names them: subsection
 * (i) "apartado", paragraph (i)(2) "párrafo", subparagraph (i)(2)(C) "inciso", clause (B)(ii)
 * "cláusula". A unit named before a designation must fit the designation's last level: "el
 * párrafo (i)(2)", never "el inciso (i)(2)" or "el apartado (i)(2)".
 */
import type { ContentProblem } from '../errors';
import { at } from './prose';
import type { LintRule } from './rule';

// "las cláusulas de (i)(2)(B)" names the parts of (B), not (B) itself: only a unit right before its designation counts.
const UNIT = /(?<![\p{L}])(apartados?|párrafos?|incisos?|cláusulas?|subapartados?|subpárrafos?|subincisos?)(\s+(?:(?:el|la)\s+)?\[?(?:§\s*\d+[A-Za-z]?\s*)?)((?:\([A-Za-z0-9]+\))+)/gu;

export const SPANISH_UNITS = { subsection: 'apartado', paragraph: 'párrafo', subparagraph: 'inciso', clause: 'cláusula' } as const;

/** The level of the last part of a designation: "(i)(2)" → paragraph, "(A)" → subparagraph. */
export function levelOf(designation: string): keyof typeof SPANISH_UNITS {
  const parts = [...designation.matchAll(/\(([A-Za-z0-9]+)\)/g)].map((m) => m[1]!);
  const last = parts.at(-1)!;
  if (/^\d+$/.test(last)) return 'paragraph';
  if (/^[A-Z]+$/.test(last) && !(parts.length > 1 && /^[ivx]+$/.test(parts.at(-2)!) && /^[IVX]+$/.test(last))) return 'subparagraph';
  // A lowercase letter opens a designation as a subsection ("(i)" of § 6103); after a capital it is a clause.
  return parts.length === 1 && !/^(?:ii|iii|iv|v|vi|vii|viii|ix|x)$/.test(last) ? 'subsection' : 'clause';
}

export const spanishUnitsRule: LintRule = {
  id: 'spanish-units',
  description: 'Spanish names each level of a statute one way (apartado, párrafo, inciso, cláusula)',
  check(context) {
    const problems: ContentProblem[] = [];
    for (const prose of context.prose) {
      if (prose.lang !== 'es') continue;
      for (const match of prose.text.matchAll(UNIT)) {
        const written = match[1]!.toLowerCase();
        const expected = SPANISH_UNITS[levelOf(match[3]!)];
        if (written.replace(/s$/, '') === expected) continue;
        problems.push({
          ...at(prose, match.index),
          message: `"${match[0].replace(/\s+/g, ' ')}": ${match[3]} is a ${levelOf(match[3]!)}, which this edition calls "${expected}"`,
          fix: `Write "${expected}${written.endsWith('s') ? 's' : ''}${match[2]}${match[3]}" (apartado = subsection, párrafo = paragraph, inciso = subparagraph, cláusula = clause)`,
        });
      }
    }
    return problems;
  },
};
