import type { Locale } from '@/lib/i18n/locale';
import { citationControlLabels, ui } from '@/lib/i18n/ui';
import { bluebookCase, type CaseInput } from '@/lib/citation/bluebook';
import { CitationStyles } from './CitationStyles';
import { CitationText } from './CitationText';

export interface CaseCitationProps {
  locale: Locale;
  /** The decision, from its document record (content/documents, `case` and `date`). */
  decision: CaseInput;
}

/** The Bluebook citation of a decision the page explains, with a copy button. */
export function CaseCitation({ decision, locale }: CaseCitationProps) {
  const t = ui(locale).cite;
  const parts = bluebookCase(decision);
  return (
    <div className="cite-block cite-case">
      <h3>{t.decision}</h3>
      <CitationStyles
        labels={citationControlLabels(locale)}
        styles={[{ key: 'bluebook', label: 'Bluebook', parts }]}
        targets={[{ id: '', value: '' }]}
      >
        <dl className="cite-styles">
          <div>
            <dt>Bluebook</dt>
            <dd className="citation">
              <CitationText parts={parts} />
            </dd>
          </div>
        </dl>
      </CitationStyles>
      <p className="cite-note">
        We found no reporter citation for this decision, so it is cited by its docket number.
      </p>
    </div>
  );
}
