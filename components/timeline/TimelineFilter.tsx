export interface TimelineFilterProps {
  threads: { id: string; label: string }[];
  legend: string;
  /** "Showing {shown} of {total} threads." in the page's language. */
  status: string;
}

/**
 * Thread filters for the full timeline. The page shows every event; timeline-filter.browser.ts
 * hides the threads a reader unticks and keeps the choice in the URL (`?thread=litigation,data`),
 * so a filtered view can be shared and survives a reload. Without JavaScript it is not shown.
 */
export function TimelineFilter({ threads, legend, status }: TimelineFilterProps) {
  return (
    <fieldset className="thread-filter js-only" data-module="timeline-filter" data-status={status}>
      <legend>{legend}</legend>
      {threads.map((thread) => (
        <label key={thread.id}>
          <input type="checkbox" name="thread" value={thread.id} defaultChecked /> {thread.label}
        </label>
      ))}
      <p className="filter-status" role="status" />
    </fieldset>
  );
}
