import type { Locale } from '@/lib/i18n/locale';
import { citationControlLabels, ui } from '@/lib/i18n/ui';
import type { CaseInput, CodeSection, ProvisionRef } from '@/lib/citation/bluebook';
import { CITATION_FILES, type CitationFileType } from '@/lib/citation/exports';
import { toTemplate } from '@/lib/citation/parts';
import { sectionPinCitations } from '@/lib/citation/quotation';
import { citationsFor } from '@/lib/citation/records';
import type { CitationSubject } from '@/lib/citation/subjects';
import { CaseCitation } from './CaseCitation';
import { CitationStyles, type CitationTarget } from './CitationStyles';
import { CitationText } from './CitationText';
import { StatuteCitations } from './StatuteCitations';

export interface CitedSection {
  id: string;
  title: string;
}

export interface CiteThisProps {
  subject: CitationSubject;
  /** The page's sections (h2), each citable by its fragment. */
  sections: CitedSection[];
  /** Court decisions the page explains (from their document records). */
  decisions?: CaseInput[];
  /** On a statute page: the Code section and its subsections. */
  statute?: { code: CodeSection; provisions: ProvisionRef[] };
  locale: Locale;
  /**
   * The page's "Copy as quotation" templates (lib/citation/quotation.ts quoteDataAttribute), carried
   * by the panel as `data-quote`: an attribute, not one more element, read by quote-selection.ts.
   */
  quoteData?: string;
}

/**
 * "Cite this page": the page's citation in Bluebook, APA 7, MLA 9 and Chicago 17, all rendered on
 * the server (a list that works without JavaScript); a small client control switches style, picks
 * a section and copies. Also the decision or the statute itself, and BibTeX/RIS/CSL-JSON files.
 */
export function CiteThis({
  subject,
  sections,
  decisions = [],
  statute,
  locale,
  quoteData,
}: CiteThisProps) {
  const t = ui(locale).cite;
  const citations = citationsFor(subject);
  const templates = citations.map((c) => ({ ...c, parts: toTemplate(c.parts, subject.url) }));
  const targets: CitationTarget[] = [
    { id: '', label: t.wholePage, value: subject.url },
    ...sections.map((s) => ({ id: s.id, label: s.title, value: `${subject.url}#${s.id}` })),
  ];
  const blocks = Boolean(statute) || decisions.length > 0;
  return (
    <section
      className="cite-this"
      aria-labelledby="cite"
      data-pagefind-ignore
      data-quote={quoteData}
    >
      <h2 id="cite">{statute ? t.law : t.page}</h2>
      {statute ? (
        <StatuteCitations code={statute.code} provisions={statute.provisions} locale={locale} />
      ) : null}
      <div className="cite-block cite-page">
        {blocks ? <h3>{t.thisPage}</h3> : null}
        <CitationStyles
          styles={templates}
          targets={targets}
          targetLabel={t.target}
          labels={citationControlLabels(locale)}
        >
          <dl className="cite-styles">
            {citations.map((c) => (
              <div key={c.key}>
                <dt>{c.label}</dt>
                <dd className="citation">
                  <CitationText parts={c.parts} />
                </dd>
              </div>
            ))}
          </dl>
        </CitationStyles>
        {sections.length ? (
          <details className="cite-sections">
            <summary>{t.oneSection}</summary>
            <p>{t.oneSectionHelp}</p>
            <ul>
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.title}</a>
                  {'\n'}
                  <span className="cite-url">{sectionPinCitations(subject, locale, s)}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <p className="cite-downloads">
          {t.downloads}{' '}
          {(Object.keys(CITATION_FILES) as CitationFileType[]).map((type, i) => (
            <span key={type}>
              {i > 0 ? ' · ' : ''}
              <a href={`/cite/${subject.key}.${type}`} download>
                {CITATION_FILES[type].label}
              </a>
            </span>
          ))}
        </p>
      </div>
      {decisions.map((decision) => (
        <CaseCitation
          key={`${decision.court} ${decision.docket}`}
          decision={decision}
          locale={locale}
        />
      ))}
    </section>
  );
}
