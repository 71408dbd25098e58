/** Dates as the site prints them: "May 12, 2025", "12 de mayo de 2025". Always UTC, so a date never shifts a day. */
import type { Locale } from './i18n/locale';

const TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };
const DAY = (locale: Locale) =>
  new Intl.DateTimeFormat(TAGS[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
const MONTH = (locale: Locale) =>
  new Intl.DateTimeFormat(TAGS[locale], { year: 'numeric', month: 'long', timeZone: 'UTC' });

export function formatDate(iso: string, locale: Locale = 'en'): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return MONTH(locale).format(new Date(`${iso}-01T00:00:00Z`));
  return DAY(locale).format(new Date(`${iso}T00:00:00Z`));
}

export function monthName(iso: string, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(TAGS[locale], { month: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
  );
}
