'use client';

import { useEffect, useState } from 'react';

export interface TimelineFilterProps {
  threads: { id: string; label: string }[];
  legend: string;
  /** "Showing {shown} of {total} threads." in the page's language. */
  status: string;
}

/**
 * Thread filters for the full timeline. The server page shows every event; this leaf only hides
 * the threads a reader unticks, and keeps the choice in the URL (`?thread=litigation,data`) so a
 * filtered view can be shared and survives a reload.
 */
export function TimelineFilter({ threads, legend, status }: TimelineFilterProps) {
  const all = threads.map((t) => t.id);
  const [selected, setSelected] = useState<string[] | null>(null);

  useEffect(() => {
    const fromUrl = new URLSearchParams(location.search).get('thread');
    const wanted = fromUrl ? fromUrl.split(',').filter((t) => all.includes(t)) : [];
    // Reading the URL is the external state this effect synchronises from.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSelected(wanted.length ? wanted : all);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!selected) return;
    for (const event of document.querySelectorAll<HTMLElement>('.timeline-event[data-thread]')) {
      event.hidden = !selected.includes(event.dataset.thread ?? '');
    }
    for (const group of document.querySelectorAll<HTMLElement>('.timeline-month, .timeline-year')) {
      group.hidden = !group.querySelector('.timeline-event:not([hidden])');
    }
    const url = new URL(location.href);
    if (selected.length === all.length) url.searchParams.delete('thread');
    else url.searchParams.set('thread', selected.join(','));
    history.replaceState(history.state, '', url);
  }, [selected, all]);

  return (
    <fieldset className="thread-filter" hidden={selected === null}>
      <legend>{legend}</legend>
      {threads.map((thread) => (
        <label key={thread.id}>
          <input
            type="checkbox"
            name="thread"
            value={thread.id}
            checked={selected?.includes(thread.id) ?? true}
            onChange={(event) =>
              setSelected((current) => {
                const base = current ?? all;
                return event.target.checked
                  ? all.filter((t) => t === thread.id || base.includes(t))
                  : base.filter((t) => t !== thread.id);
              })
            }
          />{' '}
          {thread.label}
        </label>
      ))}
      <p className="filter-status" role="status">
        {selected && selected.length < all.length
          ? status
              .replace('{shown}', String(selected.length))
              .replace('{total}', String(all.length))
          : ''}
      </p>
    </fieldset>
  );
}
