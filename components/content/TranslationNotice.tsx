import type { TranslationState } from '@/lib/content/site';
import { formatDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

export interface TranslationNoticeProps {
  translation?: TranslationState;
  locale: Locale;
}

/**
 * On a Spanish page: that it is a translation (quotes stay in English), and, when the English page
 * changed after it was translated, when, so a reader knows to check the English version.
 */
export function TranslationNotice({ translation, locale }: TranslationNoticeProps) {
  if (locale === 'en' || !translation) return null;
  const t = ui(locale).translation;
  const stale = translation.englishVersion < translation.englishUpdated;
  return (
    <p className={stale ? 'translation-note is-stale' : 'translation-note'}>
      {t.note}
      {stale ? (
        <>
          {' '}
          <strong>{t.stale(formatDate(translation.englishUpdated, locale))}</strong>
        </>
      ) : null}
    </p>
  );
}
