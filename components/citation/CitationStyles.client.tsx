'use client';

import { type ReactNode, useEffect, useId, useState, useSyncExternalStore } from 'react';
import {
  fillTarget,
  htmlCitation,
  plainCitation,
  type CitationPart,
  type StyledCitation,
} from '@/lib/citation/parts';
import { CitationText } from './CitationText';

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
  /** The server rendering of every style: shown until this control can run, and without JavaScript. */
  children: ReactNode;
}

const subscribeNever = () => () => {};

function targetFromHash(targets: CitationTarget[]): string | null {
  if (typeof window === 'undefined') return null;
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id && targets.some((t) => t.id === id) ? id : null;
}

/**
 * Switch citation style, choose what to cite (the section or subsection the reader last went to is
 * preselected), and copy it, with italics kept for word processors.
 */
export function CitationStyles({
  styles,
  targets,
  targetLabel = 'Cite',
  labels,
  children,
}: CitationStylesProps) {
  const ready = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const uid = useId();
  const [styleKey, setStyleKey] = useState(styles[0]?.key ?? '');
  const [targetId, setTargetId] = useState(() => targetFromHash(targets) ?? targets[0]?.id ?? '');
  const [status, setStatus] = useState('');

  useEffect(() => {
    // Following a link to a section (or a subsection) makes it the thing to cite; a link to the
    // citation panel itself (#cite) keeps the choice.
    const onHashChange = () => {
      const id = targetFromHash(targets);
      if (id !== null) {
        setTargetId(id);
        setStatus('');
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [targets]);

  if (!ready) return <>{children}</>;

  const style = styles.find((s) => s.key === styleKey) ?? styles[0];
  const target = targets.find((t) => t.id === targetId) ?? targets[0];
  if (!style || !target) return <>{children}</>;
  const parts = fillTarget(style.parts, target.value);

  return (
    <div className="cite-control">
      {styles.length > 1 ? (
        <fieldset className="cite-switch">
          <legend>{labels.style}</legend>
          {styles.map((s) => (
            <label key={s.key}>
              <input
                type="radio"
                name={`${uid}-style`}
                value={s.key}
                checked={s.key === style.key}
                onChange={() => {
                  setStyleKey(s.key);
                  setStatus('');
                }}
              />{' '}
              {s.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {targets.length > 1 ? (
        <p className="cite-target">
          <label htmlFor={`${uid}-target`}>{targetLabel}</label>{' '}
          <select
            id={`${uid}-target`}
            value={target.id}
            onChange={(event) => {
              setTargetId(event.target.value);
              setStatus('');
            }}
          >
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label ?? t.value}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <p className="citation" id={`${uid}-citation`} data-style={style.key}>
        <CitationText parts={parts} />
      </p>
      <p className="cite-actions">
        <button
          type="button"
          className="cite-copy"
          aria-describedby={`${uid}-citation`}
          onClick={async () => {
            const copied = await copyCitation(parts);
            if (!copied) selectText(`${uid}-citation`);
            setStatus(copied ? labels.copied : labels.copyFailed);
          }}
        >
          {labels.copy}
        </button>{' '}
        <span className="cite-status" role="status" aria-live="polite">
          {status}
        </span>
      </p>
    </div>
  );
}

/** Plain text and HTML (so italics survive a paste into a word processor); plain text if that fails. */
async function copyCitation(parts: CitationPart[]): Promise<boolean> {
  const text = plainCitation(parts);
  try {
    if (typeof ClipboardItem === 'function' && typeof navigator.clipboard.write === 'function') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([htmlCitation(parts)], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
  } catch {
    // Some browsers refuse rich clipboard items: fall through to plain text.
  }
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function selectText(id: string): void {
  const element = document.getElementById(id);
  const selection = window.getSelection();
  if (element && selection) selection.selectAllChildren(element);
}
