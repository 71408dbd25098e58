import type { StatuteEntry, Site } from '@/lib/content/site';
import { NoteNumbers, renderMarkdown } from '@/lib/markdown/render';
import { statuteSubject } from '@/lib/citation/subjects';
import { CiteThis } from '../citation/CiteThis';
import { bodyComponents } from '../content/body-components';
import { PageMeta } from '../content/PageMeta';
import { SourceNotes } from '../content/SourceNotes';
import { StatuteText } from './StatuteText';

export interface StatutePageProps {
  statute: StatuteEntry;
  site: Site;
}

/** One statute: identification, plain-language notes, then the verbatim text. */
export function StatutePage({ statute, site }: StatutePageProps) {
  const { data } = statute;
  const notes = new NoteNumbers();
  const components = bodyComponents(site, notes);
  const pinpoints = new Map(statute.statute.provisions.map((p) => [p.id, p.pinpoint]));
  const provisionNotes = data.notes.map((note, i) => ({
    note,
    body: renderMarkdown(statute.noteTrees[i]!.tree, { site, notes, components }),
  }));
  const sourceRefs = data.sources.map((id) => ({ id, ...notes.use(id) }));
  const sections = [
    { id: 'about-this-text', title: 'About this text' },
    ...(provisionNotes.length
      ? [{ id: 'notes-on-provisions', title: 'Key provisions in plain words' }]
      : []),
    { id: 'text', title: 'Text' },
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
        <PageMeta published={data.published} updated={data.updated} />
      </header>
      <div className="prose">
        <section aria-labelledby="about-this-text" className="statute-about">
          <h2 id="about-this-text">About this text</h2>
          <dl>
            <dt>Citation</dt>
            <dd>{data.citation}</dd>
            <dt>Currency</dt>
            <dd>{data.currency}</dd>
            {data.lastAmended ? (
              <>
                <dt>Last amended</dt>
                <dd>{data.lastAmended}</dd>
              </>
            ) : null}
            <dt>Completeness</dt>
            <dd>
              {data.completeness === 'complete' ? 'Complete. ' : 'Partial. '}
              {data.completenessNote}
            </dd>
            <dt>Official copy</dt>
            <dd>
              <a href={data.officialUrl}>
                {data.officialUrl.includes('uscode.house.gov')
                  ? 'uscode.house.gov (Office of the Law Revision Counsel)'
                  : data.officialUrl}
              </a>
            </dd>
            {data.liiUrl ? (
              <>
                <dt>Also at</dt>
                <dd>
                  <a href={data.liiUrl}>Cornell Legal Information Institute</a>
                </dd>
              </>
            ) : null}
            <dt>Text read from</dt>
            <dd>
              <ul>
                {data.provenance.map((p) => (
                  <li key={p.url}>
                    <a href={p.url}>{p.label}</a>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Sources</dt>
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
          <p className="statute-official-note">
            The text below is reproduced word for word. Only the official text is authoritative;
            check it at the official copy before relying on it.
          </p>
        </section>
        {provisionNotes.length ? (
          <section aria-labelledby="notes-on-provisions" className="provision-notes">
            <h2 id="notes-on-provisions">Key provisions in plain words</h2>
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
          <h2 id="text">Text</h2>
          <StatuteText statute={statute} site={site} />
        </section>
        <SourceNotes site={site} notes={notes} />
        <CiteThis
          subject={statuteSubject(statute)}
          sections={sections}
          statute={code ? { code, provisions: statute.statute.provisions } : undefined}
        />
      </div>
    </article>
  );
}
