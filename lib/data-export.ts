/**
 * The reusable data files (/data/*.json): the same content as the pages, for newsrooms and
 * researchers. Their shape is documented in README.md; add fields, never rename or remove one.
 */
import type { Site } from './content/site';
import { absoluteUrl } from './site-config';
import { plainText } from './markdown/parse';

export const DATA_FILES = ['timeline', 'glossary', 'sources'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export function dataExport(site: Site, file: DataFile): unknown {
  const generated = new Date(`${latestUpdate(site)}T00:00:00Z`).toISOString().slice(0, 10);
  switch (file) {
    case 'timeline':
      return {
        generated,
        events: site.events.map((e) => ({
          id: e.id,
          url: absoluteUrl(`/timeline/#${e.id}`),
          date: e.data.date,
          precision: e.data.precision,
          dateText: e.data.dateText ?? null,
          title: e.data.title,
          thread: e.data.thread,
          tags: e.data.tags,
          text: plainText(e.tree).replace(/\s+/g, ' ').trim(),
          sources: e.data.sources,
        })),
      };
    case 'glossary':
      return {
        generated,
        terms: [...site.terms.values()].map((t) => ({
          id: t.id,
          url: absoluteUrl(`/glossary/#${t.id}`),
          term: t.data.term,
          aliases: t.data.aliases,
          definition: plainText(t.tree).replace(/\s+/g, ' ').trim(),
          statute: t.data.statute ?? null,
          sources: t.data.sources,
          related: t.data.related,
        })),
      };
    case 'sources':
      return {
        generated,
        sources: [...site.sources.values()].map((s) => ({
          id: s.id,
          url: s.data.url,
          title: s.data.title,
          titleIsOurs: s.data.titleIsOurs,
          publisher: s.data.publisher,
          via: s.data.via ?? null,
          date: s.data.date ?? null,
          kind: s.data.kind,
          confidence: s.data.confidence,
          facts: s.data.facts,
        })),
      };
  }
}

/** The newest date any content carries: stable across builds of the same content. */
export function latestUpdate(site: Site): string {
  const dates = [
    ...[...site.pages.values()].map((p) => p.data.updated),
    ...[...site.statutes.values()].map((s) => s.data.updated),
    ...site.changes.map((c) => c.data.date),
  ];
  return dates.sort().at(-1) ?? '2026-01-01';
}
