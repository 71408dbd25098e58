import { type ReactNode, useId } from 'react';
import { fillTarget, type StyledCitation } from '@/lib/citation/parts';
import { CitationText } from './CitationText';

/** Targets rendered as <option>s; the rest are added by the behaviour when needed. */
const RENDERED_TARGETS = 12;

/** Something the citation can point at: the whole page, a section, a subsection. */
export interface CitationTarget {
  /** Fragment id on the page; '' for the whole page. */
  id: string;
  /** What the reader sees in the choice; the value itself when absent. */
  label?: string;
  /** What fills the citation's slot: a URL, or `§ 6103(i)(2)`. */
  value: string;
}

export interface CitationStylesProps {
  /** Citation templates (see lib/citation/parts TARGET_SLOT), in the order offered. */
  styles: StyledCitation[];
  /** What can be cited; the first is the default. */
  targets: CitationTarget[];
  /** Label of the target choice: "Cite", "Provision". */
  targetLabel?: string;
  /** The control's words, in the page's language. */
  labels: { style: string; copy: string; copied: string; copyFailed: string };
  /** Every style at once: what readers without JavaScript (and printers) get. */
  children: ReactNode;
}

/**
 * A control to switch citation style, choose what to cite (the section or subsection the reader
 * last went to is preselected) and copy, with italics kept for word processors. The server renders
 * it showing the first style and target; citation-styles.browser.ts makes it work, using the
 * templates in the JSON block. Without JavaScript the list of every style shows instead.
 */
export function CitationStyles({
  styles,
  targets,
  targetLabel = 'Cite',
  labels,
  children,
}: CitationStylesProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  // A long list of targets (a statute's ~190 subsections) waits as data until the reader opens the
  // choice or arrives at one of them: a few hundred <option>s would otherwise weigh on every visit.
  const rendered = targets.slice(0, RENDERED_TARGETS);
  const waiting = targets.slice(RENDERED_TARGETS);
  const style = styles[0];
  const target = targets[0];
  if (!style || !target) return <>{children}</>;
  return (
    <div className="cite-styles-root" data-module="citation-styles">
      <script
        type="application/json"
        // Templates only: the values to fill are on the <option>s. `<` is escaped so no text
        // in a citation can close the script element.
        dangerouslySetInnerHTML={{
          __html: JSON.stringify({ styles, labels, targets: waiting }).replace(/</g, '\\u003c'),
        }}
      />
      <div className="cite-control js-only">
        {styles.length > 1 ? (
          <fieldset className="cite-switch">
            <legend>{labels.style}</legend>
            {styles.map((s) => (
              <label key={s.key}>
                <input
                  type="radio"
                  name={`${uid}-style`}
                  value={s.key}
                  defaultChecked={s.key === style.key}
                />{' '}
                {s.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        {targets.length > 1 ? (
          <p className="cite-target">
            <label htmlFor={`${uid}-target`}>{targetLabel}</label>{' '}
            <select id={`${uid}-target`} defaultValue={target.id}>
              {rendered.map((t) => (
                <option key={t.id} value={t.id} data-cite={t.value}>
                  {t.label ?? t.value}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        <p className="citation" id={`${uid}-citation`} data-style={style.key}>
          <CitationText parts={fillTarget(style.parts, target.value)} />
        </p>
        <p className="cite-actions">
          <button type="button" className="cite-copy" aria-describedby={`${uid}-citation`}>
            {labels.copy}
          </button>{' '}
          <span className="cite-status" role="status" aria-live="polite" />
        </p>
      </div>
      <div className="no-js-only">{children}</div>
    </div>
  );
}
