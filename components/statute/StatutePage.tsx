import type { StatuteEntry, Site } from '@/lib/content/site';
import { NoteNumbers, renderMarkdown } from '@/lib/markdown/render';
import { statuteSubject } from '@/lib/citation/subjects';
import { quoteDataAttribute } from '@/lib/citation/quotation';
import { CiteThis } from '../citation/CiteThis';
import { bodyComponents } from '../content/body-components';
import { PageHistory } from '../content/PageHistory';
import { EmbedThis } from '../embed/EmbedThis';
import { PageMeta } from '../content/PageMeta';
import { SourceNotes } from '../content/SourceNotes';
import { StatuteText } from './StatuteText';
import { TranslationNotice } from '../content/TranslationNotice';
import { ui } from '@/lib/i18n/ui';
import { SITE_CORRECTIONS_URL } from '@/lib/site-config';

export interface StatutePageProps {
  statute: StatuteEntry;
  site: Site;
}

/** One statute: identification, plain-language notes, then the verbatim text. */
export function StatutePage({ statute, site }: StatutePageProps) {
  const { data } = statute;
  const locale = site.locale;
  const t = ui(locale).statute;
  const notes = new NoteNumbers();
  const components = bodyComponents(site, notes);
  const pinpoints = new Map(statute.statute.provisions.map((p) => [p.id, p.pinpoint]));
  const provisionNotes = data.notes.map((note, i) => ({
    note,
    body: renderMarkdown(statute.noteTrees[i]!.tree, { site, notes, components }),
  }));
  const sourceRefs = data.sources.map((id) => ({ id, ...notes.use(id) }));
  const sections = [
    { id: 'about-this-text', title: t.about },
    ...(provisionNotes.length ? [{ id: 'notes-on-provisions', title: t.notes }] : []),
    { id: 'text', title: t.text },
  ];
  const code =
    data.instrument === 'usc' && data.codeTitle && data.section
      ? { title: data.codeTitle, section: data.section }
      : null;

  return (
    <article className="article statute-page" data-pagefind-body>
      <header className="article-header">
        <p className="statute-kicker">{data.citation}</p>
        <h1>{data.heading}</h1>
        <PageMeta published={data.published} updated={data.updated} locale={locale} />
        <TranslationNotice translation={statute.translation} locale={locale} />
      </header>
      <div className="prose">
        <section aria-labelledby="about-this-text" className="statute-about">
          <h2 id="about-this-text">{t.about}</h2>
          <dl>
            <dt>{t.citation}</dt>
            <dd>{data.citation}</dd>
            <dt>{t.currency}</dt>
            <dd>{data.currency}</dd>
            {data.lastAmended ? (
              <>
                <dt>{t.lastAmended}</dt>
                <dd>{data.lastAmended}</dd>
              </>
            ) : null}
            <dt>{t.completeness}</dt>
            <dd>
              {data.completeness === 'complete' ? t.complete : t.partial} {data.completenessNote}
            </dd>
            <dt>{t.officialCopy}</dt>
            <dd>
              <a href={data.officialUrl}>
                {data.officialUrl.includes('uscode.house.gov') ? t.olrc : data.officialUrl}
              </a>
            </dd>
            {data.liiUrl ? (
              <>
                <dt>{t.alsoAt}</dt>
                <dd>
                  <a href={data.liiUrl}>{t.lii}</a>
                </dd>
              </>
            ) : null}
            <dt>{t.readFrom}</dt>
            <dd>
              <ul>
                {data.provenance.map((p) => (
                  <li key={p.url}>
                    <a href={p.url}>{p.label}</a>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t.sources}</dt>
            <dd>
              {sourceRefs.map(({ id, n, refId }, i) => (
                <span key={id}>
                  {i > 0 ? ', ' : ''}
                  {site.sources.get(id)?.data.publisher}
                  <sup className="cite-ref">
                    [
                    <a href={`#note-${id}`} id={refId}>
                      {n}
                    </a>
                    ]
                  </sup>
                </span>
              ))}
            </dd>
          </dl>
          <p className="statute-official-note">{t.officialNote}</p>
        </section>
        {provisionNotes.length ? (
          <section aria-labelledby="notes-on-provisions" className="provision-notes">
            <h2 id="notes-on-provisions">{t.notes}</h2>
            <dl>
              {provisionNotes.map(({ note, body }) => (
                <div key={note.at} className="provision-note">
                  <dt>
                    <a href={`#${note.at}`}>
                      {data.instrument === 'usc' ? '§\u00A0' : ''}
                      {data.instrument === 'usc'
                        ? `${(data.section ?? '').split('-')[0]}${pinpoints.get(note.at) ?? ''}`
                        : pinpoints.get(note.at)}
                    </a>
                  </dt>
                  <dd>{body}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        <section aria-labelledby="text">
          <h2 id="text">{t.text}</h2>
          {t.englishOnly ? <p className="notice english-only">{t.englishOnly}</p> : null}
          <div lang="en">
            <StatuteText statute={statute} site={site} />
          </div>
        </section>
        <SourceNotes site={site} notes={notes} />
        <CiteThis
          subject={statuteSubject(statute)}
          sections={sections}
          statute={code ? { code, provisions: statute.statute.provisions } : undefined}
          locale={locale}
          quoteData={quoteDataAttribute(site, statuteSubject(statute), notes, {
            c: data.citation,
            o: data.officialUrl,
          })}
        />
        <EmbedThis route={statute.route} locale={locale} />
        <PageHistory
          route={statute.route}
          published={statute.data.published}
          changes={site.changes}
          reportUrl={SITE_CORRECTIONS_URL}
          locale={locale}
        />
      </div>
    </article>
  );
}
