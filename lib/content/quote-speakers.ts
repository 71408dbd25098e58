/**
 * content/quote-speakers.yaml: who originally said or wrote words we quote as reported by an
 * outlet (`:q[…]{by=…}`, `:::quote{by=…}`), where the fact base identifies them. Keyed by the
 * quotation's id (`q-…`, the same in both editions; a repeat of the same words on one page, `-2`,
 * shares the entry). A speaker is a document we describe (content/documents/: a court decision
 * with its case citation, the MOU) or a person or body with the role the fact base gives. `facts`
 * names the fact-base passage that identifies the speaker. A quotation with no entry is credited
 * to the outlet alone, as before: leaving one out is always safe, guessing never is.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { quoteId } from '../markdown/ids';
import type { ContentProblem } from './errors';
import type { Site } from './model';
import { slug } from './schema';

export const QUOTE_SPEAKERS_FILE = 'quote-speakers.yaml';

/** Where in the fact base the speaker is identified: `opinions.md E4`, `agreement.md Q1`, `facts.md F57`. */
const factRef = z
  .string()
  .regex(/^(opinions\.md|agreement\.md|facts\.md) \S.*$/, {
    error: (issue) =>
      `Fact reference ${JSON.stringify(issue.input)} must name a fact-base file and passage, e.g. "opinions.md E4", "agreement.md Q1", "facts.md F57"`,
  });
const facts = z.array(factRef).min(1, { error: 'Name the fact-base passage that identifies the speaker' });

const documentSpeaker = z.strictObject({
  /** A document id in content/documents/. */
  document: slug,
  facts,
});

const personSpeaker = z.strictObject({
  /** The person or body as the fact base names them: "Todd Lyons", "Treasury spokesperson". */
  person: z.string().min(2),
  /** Their role, in the fact base's words: "acting ICE Director". */
  role: z.string().min(2).optional(),
  /** The Spanish edition's wording of the same person or role (names of courts and documents never change). */
  es: z.strictObject({ person: z.string().min(2).optional(), role: z.string().min(2).optional() }).optional(),
  facts,
});

export const quoteSpeakersSchema = z.record(
  z.string().regex(/^q-[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Keys are quotation ids: q-…' }),
  z.union([documentSpeaker, personSpeaker], {
    error: 'Give either document: <id> or person: <name> (with optional role), and facts',
  }),
);

export type QuoteSpeaker = z.infer<typeof quoteSpeakersSchema>[string];

/** The file, validated in shape only (checkQuoteSpeakers checks it against the site). */
export function readQuoteSpeakers(contentRoot: string, problems: ContentProblem[]): Map<string, QuoteSpeaker> {
  const file = path.join(contentRoot, QUOTE_SPEAKERS_FILE);
  if (!fs.existsSync(file)) return new Map();
  let raw: unknown;
  try {
    raw = yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    problems.push({ file: `content/${QUOTE_SPEAKERS_FILE}`, field: 'file', message: `Broken YAML: ${(error as Error).message}` });
    return new Map();
  }
  const parsed = quoteSpeakersSchema.safeParse(raw);
  if (parsed.success) return new Map(Object.entries(parsed.data));
  for (const issue of parsed.error.issues)
    problems.push({ file: `content/${QUOTE_SPEAKERS_FILE}`, field: issue.path.join('.') || 'file', message: issue.message });
  return new Map();
}

/** Every reported quotation of the site, by id: the words and the source that reported them. */
export function reportedQuotations(site: Site): Map<string, { text: string; by: Set<string> }> {
  const found = new Map<string, { text: string; by: Set<string> }>();
  const bodies = [
    ...site.pages.values(),
    ...site.events,
    ...site.terms.values(),
    ...site.documents.values(),
    ...[...site.statutes.values()].flatMap((s) => s.noteTrees),
  ];
  for (const { analysis } of bodies)
    for (const quote of analysis.quotes) {
      if (!quote.by) continue;
      const id = quoteId(quote.text);
      const entry = found.get(id) ?? { text: quote.text, by: new Set<string>() };
      entry.by.add(quote.by);
      found.set(id, entry);
    }
  return found;
}

/** Every key names a reported quotation of the site; every document exists. */
export function checkQuoteSpeakers(site: Site, speakers: Map<string, QuoteSpeaker>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = `content/${QUOTE_SPEAKERS_FILE}`;
  const reported = reportedQuotations(site);
  for (const [id, speaker] of speakers) {
    if (!reported.has(id))
      problems.push({
        file,
        field: id,
        message: `No reported quotation (:q[…]{by=…} or :::quote{by=…}) has the id "${id}"`,
        fix: 'Use the id of the quotation as published (q- and its first six words); quotations of texts we hold (cite=) need no speaker',
      });
    if ('document' in speaker && !site.documents.has(speaker.document))
      problems.push({ file, field: `${id}.document`, message: `Unknown document "${speaker.document}"`, fix: 'Document ids are file names in content/documents/' });
  }
  return problems;
}
