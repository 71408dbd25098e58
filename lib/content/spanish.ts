/**
 * The Spanish edition as a Site: every English entry with the words of its content/es/
 * counterpart laid over it. Dates, sources, tags and numbers stay the English file's, so the two
 * editions cannot drift on facts; only words differ. A missing translation keeps the English
 * words here (so the view is always whole) and is reported by the translation check.
 */
import { localizePath } from '../i18n/locale';
import type { Entry, EsCollections } from './load';
import type { EsChangeData, EsDocumentData, EsEventData, EsPageData, EsStatuteData, EsTermData } from './schema';
import { parsed, type Parsed, type Site } from './model';

type Translated<T> = Entry<T> & Parsed;

export interface Translations {
  pages: Map<string, Translated<EsPageData>>;
  documents: Map<string, Translated<EsDocumentData>>;
  statutes: Map<string, Entry<EsStatuteData> & { noteTrees: Parsed[] }>;
  events: Map<string, Translated<EsEventData>>;
  terms: Map<string, Translated<EsTermData>>;
  changes: Map<string, Translated<EsChangeData>>;
}

const withTree = <T>(entry: Entry<T>): Translated<T> => ({ ...entry, ...parsed(entry.body) });
const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

export function readTranslations(es: EsCollections): Translations {
  return {
    pages: byId(es.pages.map(withTree)),
    documents: byId(es.documents.map(withTree)),
    statutes: byId(es.statutes.map((e) => ({ ...e, noteTrees: e.data.notes.map((note) => parsed(note.text)) }))),
    events: byId(es.timeline.map(withTree)),
    terms: byId(es.glossary.map(withTree)),
    changes: byId(es.changes.map(withTree)),
  };
}

/** The words of a translation: its file, body and parsed tree. */
function words<T>(t: Translated<T>) {
  return { file: t.file, body: t.body, bodyLine: t.bodyLine, tree: t.tree, analysis: t.analysis };
}

export function spanishEdition(en: Site, es: EsCollections): { spanish: Site; translations: Translations } {
  const tr = readTranslations(es);
  const route = (path: string) => localizePath(path, 'es');

  const pages = new Map(
    [...en.pages].map(([id, page]) => {
      const t = tr.pages.get(id);
      if (!t) return [id, { ...page, route: route(page.route) }];
      const { status, figures } = page.data;
      return [
        id,
        {
          ...page,
          ...words(t),
          route: route(page.route),
          translation: { englishVersion: t.data.englishVersion, englishUpdated: page.data.updated },
          data: {
            ...page.data,
            lang: 'es' as const,
            title: t.data.title,
            summary: t.data.summary,
            published: t.data.published,
            updated: t.data.updated,
            ...(status ? { status: { ...status, text: t.data.status?.text ?? status.text } } : {}),
            figures: figures.map((figure) => {
              const label = t.data.figures.find((f) => f.id === figure.id);
              return label ? { ...figure, label: label.label, ...(label.note ? { note: label.note } : {}) } : figure;
            }),
          },
        },
      ];
    }),
  );

  const statutes = new Map(
    [...en.statutes].map(([id, statute]) => {
      const t = tr.statutes.get(id);
      if (!t) return [id, { ...statute, route: route(statute.route) }];
      return [
        id,
        {
          ...statute,
          file: t.file,
          route: route(statute.route),
          noteTrees: t.noteTrees,
          translation: { englishVersion: t.data.englishVersion, englishUpdated: statute.data.updated },
          data: { ...statute.data, notes: t.data.notes },
        },
      ];
    }),
  );

  const events = en.events.map((event) => {
    const t = tr.events.get(event.id);
    if (!t) return event;
    const dateText = t.data.dateText ?? event.data.dateText;
    return { ...event, ...words(t), data: { ...event.data, title: t.data.title, ...(dateText ? { dateText } : {}) } };
  });

  const terms = new Map(
    [...en.terms].map(([id, term]) => {
      const t = tr.terms.get(id);
      if (!t) return [id, term];
      return [id, { ...term, ...words(t), english: term.data.term, data: { ...term.data, term: t.data.term, aliases: t.data.aliases } }];
    }),
  );

  const documents = new Map(
    [...en.documents].map(([id, doc]) => {
      const t = tr.documents.get(id);
      if (!t) return [id, doc];
      return [id, { ...doc, ...words(t), englishTitle: doc.data.title, data: { ...doc.data, title: t.data.title } }];
    }),
  );

  const changes = en.changes.map((change) => {
    const t = tr.changes.get(change.id);
    return t ? { ...change, ...words(t), data: { ...change.data, title: t.data.title } } : change;
  });

  const termIndex = new Map<string, string>();
  for (const term of terms.values()) {
    for (const name of [term.data.term, ...term.data.aliases]) termIndex.set(name.toLowerCase(), term.id);
  }

  const spanish: Site = {
    ...en,
    locale: 'es',
    pages,
    statutes,
    events,
    terms,
    documents,
    changes,
    termIndex,
  };
  return { spanish, translations: tr };
}
