import { localizePath, type Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import type { EventEntry } from '@/lib/content/site';
import { EventDate } from './EventDate';

export interface EmbeddedTimelineProps {
  events: EventEntry[];
  title: string;
  locale: Locale;
}

/** A compact list of the events related to a page, each linking to its full timeline entry. */
export function EmbeddedTimeline({ events, title, locale }: EmbeddedTimelineProps) {
  const timeline = localizePath('/timeline/', locale);
  if (!events.length) return null;
  return (
    <aside className="embedded-timeline" aria-label={title}>
      <p className="embedded-timeline-title">{title}</p>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <EventDate event={event.data} locale={locale} />{' '}
            <a href={`${timeline}#${event.id}`}>{event.data.title}</a>
          </li>
        ))}
      </ol>
      <p className="embedded-timeline-more">
        <a href={timeline}>{ui(locale).timeline.full}</a>
      </p>
    </aside>
  );
}
