import { Fragment } from 'react';
import { trailFromHome } from '@/components/layout/Breadcrumbs';
import type { Metadata } from 'next';
import { AliasMarkers } from '@/components/content/AliasMarkers';
import { ArticlePage } from '@/components/content/ArticlePage';
import { PrevNext } from '@/components/layout/PrevNext';
import { SourceRefs } from '@/components/content/SourceRefs';
import { bodyComponents } from '@/components/content/body-components';
import { glossaryLetterId } from '@/lib/content/routes';
import { requirePage, type TermEntry } from '@/lib/content/site';
import { renderMarkdown } from '@/lib/markdown/render';
import { pageMetadata } from '@/lib/metadata';
import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export function glossaryMetadata(locale: Locale): Metadata {
  return pageMetadata(requirePage('glossary', locale).page);
}

export function GlossaryPage({ locale }: { locale: Locale }) {
  const { site, page } = requirePage('glossary', locale);
  const t = ui(locale);
  const terms = [...site.terms.values()].sort((a, b) =>
    a.data.term.localeCompare(b.data.term, locale, { sensitivity: 'base' }),
  );
  const letters = new Map<string, TermEntry[]>();
  for (const term of terms) {
    const letter = (term.data.term[0] ?? '#').normalize('NFD').charAt(0).toUpperCase();
    letters.set(letter, [...(letters.get(letter) ?? []), term]);
  }
  return (
    <>
      <ArticlePage
        site={site}
        page={page}
        trail={trailFromHome({ route: page.route, title: page.data.title })}
        after={(notes) => {
          const components = bodyComponents(site, notes);
          return (
            <div className="glossary">
              <nav aria-label={t.glossary.letters} className="letter-nav">
                <ul>
                  {[...letters.keys()].map((letter) => (
                    <li key={letter}>
                      <a href={`#${glossaryLetterId(letter)}`}>{letter}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              {[...letters].map(([letter, list]) => (
                <section key={letter} aria-labelledby={glossaryLetterId(letter)}>
                  <h2 id={glossaryLetterId(letter)} className="letter-heading">
                    {letter}
                  </h2>
                  <dl className="glossary-list">
                    {list.map((term) => {
                      const [slug, fragment] = (term.data.statute ?? '').split('#');
                      const statute = slug ? site.statutes.get(slug) : undefined;
                      const pinpoint = fragment
                        ? statute?.statute.provisions.find((p) => p.id === fragment)?.pinpoint
                        : '';
                      return (
                        <div
                          key={term.id}
                          id={term.id}
                          className="glossary-entry"
                          data-copy-name={t.copyLinkTo(t.theTerm(term.data.term))}
                          tabIndex={-1}
                        >
                          <AliasMarkers site={site} route="/glossary/" id={term.id} />
                          <dt>
                            <a href={`#${term.id}`} className="anchor-link">
                              {term.data.term}
                            </a>
                          </dt>
                          <dd>
                            {term.data.aliases.length ? (
                              <p className="aliases">
                                {t.glossary.also}
                                {term.data.aliases.join('; ')}
                              </p>
                            ) : null}
                            {term.english ? (
                              <p className="english-term">
                                {t.glossary.englishTerm}
                                <span lang="en">{term.english}</span>
                              </p>
                            ) : null}
                            {renderMarkdown(term.tree, { site, notes, components })}
                            {statute ? (
                              <p className="defined-in">
                                {t.glossary.definedIn}
                                <a href={`${statute.route}${fragment ? `#${fragment}` : ''}`}>
                                  {statute.data.citation}
                                  {pinpoint}
                                </a>
                              </p>
                            ) : null}
                            {term.data.sources.length ? (
                              <p className="term-sources">
                                {t.glossary.sources}
                                <SourceRefs ids={term.data.sources} notes={notes} />
                              </p>
                            ) : null}
                            {term.data.related.length ? (
                              <p className="related-terms">
                                {t.glossary.seeAlso}
                                {term.data.related.map((id, i) => (
                                  <Fragment key={id}>
                                    {i > 0 ? ', ' : ''}
                                    <a href={`#${id}`}>{site.terms.get(id)?.data.term ?? id}</a>
                                  </Fragment>
                                ))}
                              </p>
                            ) : null}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                </section>
              ))}
            </div>
          );
        }}
      />
      <PrevNext route={page.route} locale={locale} />
    </>
  );
}
