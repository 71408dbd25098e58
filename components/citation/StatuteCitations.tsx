import type { Locale } from '@/lib/i18n/locale';
import { citationControlLabels, ui } from '@/lib/i18n/ui';
import {
  ircCitation,
  sectionPinpoint,
  uscCitation,
  type CodeSection,
  type ProvisionRef,
} from '@/lib/citation/bluebook';
import { toTemplate, type StyledCitation } from '@/lib/citation/parts';
import { CitationStyles, type CitationTarget } from './CitationStyles';

export interface StatuteCitationsProps {
  locale: Locale;
  code: CodeSection;
  /** Every subsection on the page, in order. */
  provisions: ProvisionRef[];
}

/**
 * The statute's own citation (26 U.S.C. § 6103 and, for title 26, I.R.C. § 6103), with a choice
 * of subsection, and a list of every subsection's citation that needs no JavaScript (collapsed:
 * one line and one link per subsection, so § 6103's ~190 stay a few kilobytes compressed).
 */
export function StatuteCitations({ code, provisions, locale }: StatuteCitationsProps) {
  const t = ui(locale).cite;
  const whole = sectionPinpoint(code);
  const irc = ircCitation(code);
  const styles: StyledCitation[] = [
    { key: 'usc', label: t.usCode, parts: toTemplate([{ text: uscCitation(code) }], whole) },
    ...(irc ? [{ key: 'irc', label: t.irc, parts: toTemplate([{ text: irc }], whole) }] : []),
  ];
  const targets: CitationTarget[] = [
    { id: '', label: `${whole} ${t.whole}`, value: whole },
    ...provisions.map((p) => ({ id: p.id, value: sectionPinpoint(code, p) })),
  ];
  return (
    <div className="cite-block cite-statute">
      <h3>{t.statute}</h3>
      <CitationStyles
        styles={styles}
        targets={targets}
        targetLabel={t.provision}
        labels={citationControlLabels(locale)}
      >
        <dl className="cite-styles">
          <div>
            <dt>{t.usCode}</dt>
            <dd className="citation">{uscCitation(code)}</dd>
          </div>
          {irc ? (
            <div>
              <dt>{t.irc}</dt>
              <dd className="citation">{irc}</dd>
            </div>
          ) : null}
        </dl>
      </CitationStyles>
      {provisions.length ? (
        <details className="cite-provisions">
          <summary>{t.everySubsection(provisions.length)}</summary>
          {/* One list item and one link per subsection: § 6103 has ~190, so rows stay light. */}
          <ul>
            {provisions.map((p) => (
              <li key={p.id}>
                <a href={`#${p.id}`}>{uscCitation(code, p)}</a>
                {irc ? ` · ${ircCitation(code, p)}` : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
