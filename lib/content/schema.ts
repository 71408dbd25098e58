/**
 * The single source of truth for content frontmatter. Every content kind is a strict zod object
 * (a typo in a key is an error, never a silently ignored field) with a doc comment on each field.
 * Types used across the site are derived from these schemas with `z.infer`.
 */
import { z } from 'zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const ISO_YEAR = /^\d{4}$/;

/** A real calendar day as `YYYY-MM-DD`; rejects `2025-02-30` and YAML date objects. */
export const isoDate = z
  .string({ error: 'Expected a quoted date string like "2025-05-12"' })
  .regex(ISO_DAY, { error: (issue) => `Invalid date ${JSON.stringify(issue.input)} (write YYYY-MM-DD)` })
  .refine(isRealDay, { error: (issue) => `No such day ${JSON.stringify(issue.input)}` });

function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Ids that become URL fragments or paths: lowercase kebab-case. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `Invalid id ${JSON.stringify(issue.input)} (use lowercase a-z, 0-9 and single hyphens)`,
  });

const httpUrl = z.url({ protocol: /^https?$/, error: 'Expected an absolute http(s) URL' });

/** A reference to a statute page, optionally at a subsection: `26-usc-6103#i_2_C`. */
export const statuteRef = z
  .string()
  .regex(/^[a-z0-9-]+(#[A-Za-z0-9_-]+)?$/, {
    error: (issue) => `Invalid statute reference ${JSON.stringify(issue.input)} (write slug#subsection, e.g. 26-usc-6103#i_2_C)`,
  });

const sourceIds = z.array(slug);

// ---------------------------------------------------------------------------------------------
// source

export const sourceSchema = z.strictObject({
  /** The source's own title, or our neutral description of it when `titleIsOurs` is true. */
  title: z.string().min(3),
  /** True when the fact base gives no title and `title` is our description (shown in brackets). */
  titleIsOurs: z.boolean().default(false),
  /** The outlet, court, agency or organisation that published it, as the fact base names it. */
  publisher: z.string().min(2),
  /** Where a republished copy was read, e.g. "republished by WBHM". */
  via: z.string().optional(),
  /** The address of the copy that was read. One source file per URL. */
  url: httpUrl,
  /** Publication date, only when the fact base gives it (`YYYY-MM-DD` or `YYYY-MM`). */
  date: z.union([isoDate, z.string().regex(ISO_MONTH, { error: 'Invalid date (write YYYY-MM-DD or YYYY-MM)' })]).optional(),
  /** primary: statutes, court records, government documents; secondary: news, commentary. */
  kind: z.enum(['primary', 'secondary']),
  /** How sure the fact base is of what the site takes from this source. */
  confidence: z.enum(['verified-in-primary', 'verified-in-secondary', 'weak']),
  /** The fact-base entries (F1…F60, S1…S10) this source backs. */
  facts: z.array(z.string().regex(/^[FS]\d{1,2}$/, { error: 'Write fact-base ids like F12 or S8' })).default([]),
});

// ---------------------------------------------------------------------------------------------
// page

export const THREADS = ['litigation', 'agency', 'data', 'congress', 'law', 'executive'] as const;

/**
 * What a "where this stands" note speaks for, declared by the page: a timeline event in one of
 * these threads or tags that is newer than `asOf` makes the note out of date (the check fails).
 */
const statusCoverage = z
  .strictObject({
    /** Timeline threads the note covers (event `thread`). */
    threads: z.array(z.enum(THREADS)).default([]),
    /** Timeline tags the note covers (event `tags`). */
    tags: z.array(slug).default([]),
  })
  .refine((covers) => covers.threads.length + covers.tags.length > 0, {
    error: 'Name at least one timeline thread or tag the note covers',
  });

const statusNote = z.strictObject({
  /** The date of the latest source the note relies on. */
  asOf: isoDate,
  /** One or two sentences, with `[@source]` references. */
  text: z.string().min(10),
  /** The timeline threads and tags the note covers: `{ threads: [litigation], tags: [appeal] }`. */
  covers: statusCoverage,
});

const figure = z.strictObject({
  /** Stable id of the figure (becomes an anchor). */
  id: slug,
  /** Short label shown next to the bar. */
  label: z.string().min(3),
  /** The number as the source gives it. */
  value: z.number().nonnegative(),
  /** True when the source gives it as "about" or "roughly". */
  approx: z.boolean().default(false),
  /** The source id that reports this figure. */
  source: slug,
  /** A short qualifier, e.g. "single secondary source". */
  note: z.string().optional(),
});

export const pageSchema = z.strictObject({
  /** The page title (h1 and <title>). */
  title: z.string().min(3),
  /** One or two plain sentences: meta description and share cards. */
  summary: z.string().min(20).max(320),
  /** First published. */
  published: isoDate,
  /** Last substantive update (shown as "Updated …"). */
  updated: isoDate,
  /** Language of the page. */
  lang: z.enum(['en', 'es']).default('en'),
  /** `required`: every factual paragraph needs a source; `editorial`: states no case facts. */
  sourcing: z.enum(['required', 'editorial']).default('required'),
  /** Further sources used (inline `[@id]` references are collected automatically). */
  sources: sourceIds.default([]),
  /** "Where this stands" note for pages about a case that is still moving. */
  status: statusNote.optional(),
  /** Documents (content/documents) this page explains. */
  documents: z.array(slug).default([]),
  /** Figures shown by `::counts-chart`. */
  figures: z.array(figure).default([]),
  /** Related timeline events, shown by `::timeline` without attributes. */
  timeline: z.strictObject({ tags: z.array(z.string()).min(1) }).optional(),
  /**
   * `article` (default), or `questions`: each `##` heading is a question with an explicit id and
   * the text under it, its short sourced answer (FAQPage structured data).
   */
  layout: z.enum(['article', 'questions']).default('article'),
});

// ---------------------------------------------------------------------------------------------
// document

/** What a legal citation of a court decision needs (Bluebook rule 10), each part from the fact base. */
const caseCitation = z.strictObject({
  /** Case name as Bluebook shortens it (first party on each side, no "et al."): "Centro de Trabajadores Unidos v. Bessent". */
  name: z.string().regex(/ v\. /, { error: 'Write the case name as "Party v. Party"' }),
  /** Docket number without "No.": "1:25-cv-00677". Only what the sources show (no unverified suffix). */
  docket: z.string().regex(/^[0-9][0-9A-Za-z:-]*$/, { error: 'Write the docket number alone, e.g. 1:25-cv-00677' }),
  /** The court as Bluebook abbreviates it (tables T1, T7): "D.D.C.", "D.C. Cir.". */
  court: z.string().min(4),
});

export const documentSchema = z.strictObject({
  /** Title of the document as the sources describe it. */
  title: z.string().min(3),
  /** Who issued it (court, agencies). */
  issuer: z.string().min(3),
  /** Date it was issued or signed. */
  date: isoDate,
  /** Docket number or other identifier. */
  identifier: z.string().min(3),
  /** For a court decision: the parts its legal citation is built from (omit for other documents). */
  case: caseCitation.optional(),
  /** Where the official copy is. */
  officialCopy: z.strictObject({ label: z.string().min(3), url: httpUrl.optional() }),
  /** How much of the text this site holds. */
  textHeld: z.enum(['full', 'excerpts', 'none']),
  /** Sources for the identification. */
  sources: sourceIds.min(1, { error: 'List at least one source id' }),
}).superRefine((doc, ctx) => {
  // The citation and the identifier shown on the page must name the same docket in the same court.
  if (doc.case && !(doc.identifier.includes(doc.case.docket) && doc.identifier.includes(doc.case.court))) {
    ctx.addIssue({
      code: 'custom',
      path: ['case'],
      message: `case.court and case.docket must appear in identifier "${doc.identifier}"`,
    });
  }
});

// ---------------------------------------------------------------------------------------------
// statute

export const statuteSchema = z.strictObject({
  /** Citation as printed: "26 U.S.C. § 6103". */
  citation: z.string().min(3),
  /** U.S. Code title number (omit for executive orders). */
  codeTitle: z.number().int().positive().optional(),
  /** Section number(s) as a string: "6103", "21-24". */
  section: z.string().optional(),
  /** Official heading, without the section number. */
  heading: z.string().min(3),
  /** What kind of text this is. */
  instrument: z.enum(['usc', 'executive-order']),
  /** How current the text is, as the fact base records it. */
  currency: z.string().min(5),
  /** The last amendment, as the fact base records it. */
  lastAmended: z.string().optional(),
  /** Whether the whole section is here. */
  completeness: z.enum(['complete', 'partial']),
  /** What is included and what is omitted. */
  completenessNote: z.string().min(5),
  /** The official copy (OLRC, Federal Register). */
  officialUrl: httpUrl,
  /** Cornell LII copy, whose fragment ids this site mirrors. */
  liiUrl: httpUrl.optional(),
  /** Where the verbatim text was read. */
  provenance: z.array(z.strictObject({ label: z.string().min(3), url: httpUrl })).min(1),
  /** Sources for the text and its metadata. */
  sources: sourceIds.min(1, { error: 'List at least one source id' }),
  /** Plain-language notes, our words, anchored at subsection ids. */
  notes: z.array(z.strictObject({ at: z.string().regex(/^[A-Za-z0-9_-]+$/), text: z.string().min(10) })).default([]),
  /** First published on this site. */
  published: isoDate,
  /** Last updated on this site. */
  updated: isoDate,
});

// ---------------------------------------------------------------------------------------------
// event

export const eventSchema = z
  .strictObject({
    /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the sources give no day. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      error: (issue) => `Invalid date ${JSON.stringify(issue.input)} (write YYYY-MM-DD, YYYY-MM or YYYY)`,
    }),
    /** How exact `date` is. Never invent a day the sources do not give. */
    precision: z.enum(['day', 'month', 'year', 'approximate']),
    /** Shown instead of the date when precision is approximate: "mid-February 2025". */
    dateText: z.string().optional(),
    /** Short, neutral title. */
    title: z.string().min(5),
    /** The strand of the story the event belongs to. */
    thread: z.enum(THREADS),
    /** Explainer pages that embed this event. */
    tags: z.array(z.string()).default([]),
    /** At least one source. */
    sources: sourceIds.min(1, { error: 'List at least one source id' }),
  })
  .superRefine((event, ctx) => {
    const shape = ISO_DAY.test(event.date) ? 'day' : ISO_MONTH.test(event.date) ? 'month' : ISO_YEAR.test(event.date) ? 'year' : null;
    if (shape === 'day' && !isRealDay(event.date)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `No such day "${event.date}"` });
    }
    if (event.precision === 'approximate') {
      if (!event.dateText) {
        ctx.addIssue({ code: 'custom', path: ['dateText'], message: 'Required when precision is approximate (e.g. "mid-February 2025")' });
      }
    } else if (shape !== event.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `precision "${event.precision}" does not match date "${event.date}" (a ${shape ?? 'malformed'} date)`,
      });
    }
  });

// ---------------------------------------------------------------------------------------------
// term

export const termSchema = z
  .strictObject({
    /** The term as displayed. */
    term: z.string().min(2),
    /** Other forms a reader may meet (matched by `:term[…]`). */
    aliases: z.array(z.string().min(2)).default([]),
    /** The provision that defines it: `26-usc-6103#b_6`. */
    statute: statuteRef.optional(),
    /** Sources for the definition. */
    sources: sourceIds.default([]),
    /** Related term ids. */
    related: z.array(slug).default([]),
  })
  .refine((term) => term.sources.length > 0 || term.statute, {
    path: ['sources'],
    error: 'List at least one source id, or the defining statute',
  });

// ---------------------------------------------------------------------------------------------
// change

export const changeSchema = z.strictObject({
  /** What changed, in a few words. */
  title: z.string().min(3),
  /** When the change was published. */
  date: isoDate,
  /** addition, correction or update. */
  kind: z.enum(['addition', 'correction', 'update']),
  /** Site paths affected, e.g. "/ruling/". */
  pages: z.array(z.string().regex(/^\/[a-z0-9/#_-]*$/)).default([]),
});

// ---------------------------------------------------------------------------------------------
// Spanish edition (content/es/): the words of each entry. Everything that is not language (dates,
// sources, tags, numbers) comes from the English file of the same name.

/** The English page's `updated` date that a translation reflects; a later English update marks it stale. */
const englishVersion = isoDate;

export const esPageSchema = z.strictObject({
  /** The page title, in Spanish. */
  title: z.string().min(3),
  /** One or two plain sentences in Spanish (meta description and share cards). */
  summary: z.string().min(20).max(320),
  /** First published in Spanish. */
  published: isoDate,
  /** Last substantive update of the Spanish page. */
  updated: isoDate,
  englishVersion,
  /** The "where this stands" note, in Spanish; its date comes from the English page. */
  status: z.strictObject({ text: z.string().min(10) }).optional(),
  /** Spanish labels of the English page's figures, by figure id. */
  figures: z.array(z.strictObject({ id: slug, label: z.string().min(3), note: z.string().optional() })).default([]),
});

export const esDocumentSchema = z.strictObject({
  /** Our Spanish rendering of the title; the official title is shown beside it. */
  title: z.string().min(3),
});

export const esStatuteSchema = z.strictObject({
  /** Spanish plain-language notes, at the same subsection ids as the English notes. */
  notes: z.array(z.strictObject({ at: z.string().regex(/^[A-Za-z0-9_-]+$/), text: z.string().min(10) })).default([]),
  englishVersion,
});

export const esEventSchema = z.strictObject({
  /** Short, neutral Spanish title. */
  title: z.string().min(5),
  /** Spanish wording of an approximate date ("mediados de febrero de 2025"). */
  dateText: z.string().optional(),
});

export const esTermSchema = z.strictObject({
  /** The Spanish term, as the Spanish pages use it. */
  term: z.string().min(2),
  /** Other Spanish forms a reader may meet (matched by `:term[…]` on Spanish pages). */
  aliases: z.array(z.string().min(2)).default([]),
});

export const esChangeSchema = z.strictObject({
  /** What changed, in Spanish. */
  title: z.string().min(3),
});

export type SourceData = z.infer<typeof sourceSchema>;
export type PageData = z.infer<typeof pageSchema>;
export type DocumentData = z.infer<typeof documentSchema>;
export type StatuteData = z.infer<typeof statuteSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type TermData = z.infer<typeof termSchema>;
export type ChangeData = z.infer<typeof changeSchema>;
export type Thread = (typeof THREADS)[number];
export type EsPageData = z.infer<typeof esPageSchema>;
export type EsDocumentData = z.infer<typeof esDocumentSchema>;
export type EsStatuteData = z.infer<typeof esStatuteSchema>;
export type EsEventData = z.infer<typeof esEventSchema>;
export type EsTermData = z.infer<typeof esTermSchema>;
export type EsChangeData = z.infer<typeof esChangeSchema>;

/** Each content kind: its folder under content/ and its schema. */
export const COLLECTIONS = {
  pages: pageSchema,
  documents: documentSchema,
  statutes: statuteSchema,
  timeline: eventSchema,
  glossary: termSchema,
  sources: sourceSchema,
  changes: changeSchema,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The Spanish edition's folders under content/es/ (sources are shared: they are not translated). */
export const ES_COLLECTIONS = {
  pages: esPageSchema,
  documents: esDocumentSchema,
  statutes: esStatuteSchema,
  timeline: esEventSchema,
  glossary: esTermSchema,
  changes: esChangeSchema,
} as const;

export type EsCollectionName = keyof typeof ES_COLLECTIONS;
