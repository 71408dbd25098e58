import type { Locale } from '@/lib/i18n/locale';
import type { EventData } from '@/lib/content/schema';
import { formatDate } from '@/lib/dates';

export interface EventDateProps {
  event: EventData;
  locale: Locale;
}

/** The date as precise as the sources give it, never more: "mid-February 2025", "June 2025". */
export function EventDate({ event, locale }: EventDateProps) {
  const label =
    event.precision === 'approximate' && event.dateText
      ? event.dateText
      : formatDate(event.date, locale);
  return (
    <time dateTime={event.date} className={`event-date precision-${event.precision}`}>
      {label}
    </time>
  );
}
