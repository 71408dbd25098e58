import type { ReactNode } from 'react';
import type { EventEntry } from '@/lib/content/site';
import { CopyLinkButton } from '../content/CopyLinkButton';
import { EventDate } from './EventDate';
import { THREAD_LABELS } from './threads';

export interface TimelineEventProps {
  event: EventEntry;
  body: ReactNode;
  sourceLinks: ReactNode;
  latest?: boolean;
  /** Markers for old, renamed ids of this event (see AliasMarkers). */
  markers?: ReactNode;
}

/** One event on the full timeline: date, thread badge, title, short body, numbered sources. */
export function TimelineEvent({
  event,
  body,
  sourceLinks,
  latest = false,
  markers,
}: TimelineEventProps) {
  return (
    <li
      id={event.id}
      className={`timeline-event thread-${event.data.thread}${latest ? ' is-latest' : ''}`}
      data-thread={event.data.thread}
      tabIndex={-1}
    >
      {markers}
      <div className="event-head">
        <EventDate event={event.data} />
        <span className="thread-badge">
          <span className="visually-hidden">Thread: </span>
          {THREAD_LABELS[event.data.thread]}
        </span>
        {latest ? <strong className="latest-badge">Latest development</strong> : null}
      </div>
      <h3 className="event-title">
        <a href={`#${event.id}`} className="anchor-link">
          {event.data.title}
        </a>
      </h3>
      <CopyLinkButton fragment={event.id} label="this event" />
      <div className="event-body">{body}</div>
      <p className="event-sources">Sources: {sourceLinks}</p>
    </li>
  );
}
