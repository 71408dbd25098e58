import type { EventData } from '@/lib/content/schema';
import { formatDate } from '@/lib/dates';

export interface EventDateProps {
  event: EventData;
}

/** The date as precise as the sources give it, never more: "mid-February 2025", "June 2025". */
export function EventDate({ event }: EventDateProps) {
  const label =
    event.precision === 'approximate' && event.dateText ? event.dateText : formatDate(event.date);
  return (
    <time dateTime={event.date} className={`event-date precision-${event.precision}`}>
      {label}
    </time>
  );
}
