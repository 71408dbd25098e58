import type { Site } from '@/lib/content/site';
import { formatDate } from '@/lib/dates';
import { localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import type { NoteNumbers } from '@/lib/markdown/render';

export interface SourceNotesProps {
  site: Site;
  notes: NoteNumbers;
}

/** Numbered notes for the sources a page cites, each with links back to where it was cited. */
export function SourceNotes({ site, notes }: SourceNotesProps) {
  const list = notes.list();
  if (!list.length) return null;
  const t = ui(site.locale);
  return (
    <section className="source-notes" aria-labelledby="notes">
      <h2 id="notes">{t.notes.heading}</h2>
      <ol>
        {list.map(({ id, n, uses }) => {
          const source = site.sources.get(id);
          if (!source) return null;
          return (
            <li key={id} id={`note-${id}`} value={n}>
              <SourceCitation source={source.data} locale={site.locale} />{' '}
              <a href={`${localizePath('/sources/', site.locale)}#${id}`} className="source-details">
                {t.notes.details}
              </a>
              {' '}
              {/* No wrapper around the back-links: each carries its class, one element fewer per note. */}
              {Array.from({ length: uses }, (_, k) => (
                <a key={k} href={`#cite-${id}-${k + 1}`} className="backlink" aria-label={t.notes.back(uses > 1 ? t.notes.of(k + 1, uses) : '').replace('  ', ' ')}>
                  {/* "↩2", not "↩<sup>2</sup>": one element per back-link on pages of many notes. */}
                  ↩{uses > 1 ? k + 1 : null}
                </a>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export interface SourceCitationProps {
  locale: Locale;
  source: Site['sources'] extends Map<string, infer E> ? (E extends { data: infer D } ? D : never) : never;
}

/** Publisher, title, date, link: the form used in notes and on the sources page. */
export function SourceCitation({ source, locale }: SourceCitationProps) {
  const title = source.titleIsOurs ? `[${source.title}]` : `“${source.title}”`;
  return (
    <>
      {source.publisher}, <a href={source.url} rel="noreferrer">{title}</a>
      {source.date ? <>, <time dateTime={source.date}>{formatDate(source.date, locale)}</time></> : null}
      {source.via ? <> ({source.via})</> : null}.
    </>
  );
}
