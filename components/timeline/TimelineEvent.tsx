import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import type { ReactNode } from 'react';
import type { EventEntry } from '@/lib/content/site';
import { EventDate } from './EventDate';

export interface TimelineEventProps {
  event: EventEntry;
  body: ReactNode;
  sourceLinks: ReactNode;
  latest?: boolean;
  /** Markers for old, renamed ids of this event (see AliasMarkers). */
  markers?: ReactNode;
  locale: Locale;
}

/** One event on the full timeline: date, thread badge, title, short body, numbered sources. */
export function TimelineEvent({
  event,
  body,
  sourceLinks,
  latest = false,
  markers,
  locale,
}: TimelineEventProps) {
  const t = ui(locale);
  return (
    <li
      id={event.id}
      className={`timeline-event thread-${event.data.thread}${latest ? ' is-latest' : ''}`}
      data-thread={event.data.thread}
      data-copy-name={t.copyLinkTo(t.thisEvent)}
      tabIndex={-1}
    >
      {markers}
      <div className="event-head">
        <EventDate event={event.data} locale={locale} />
        <span className="thread-badge">
          <span className="visually-hidden">{t.timeline.thread}</span>
          {t.timeline.threads[event.data.thread]}
        </span>
        {latest ? <strong className="latest-badge">{t.timeline.latest}</strong> : null}
      </div>
      <h3 className="event-title">
        <a href={`#${event.id}`} className="anchor-link">
          {event.data.title}
        </a>
      </h3>
      <div className="event-body">{body}</div>
      <p className="event-sources">
        {t.timeline.sources}
        {sourceLinks}
      </p>
    </li>
  );
}
