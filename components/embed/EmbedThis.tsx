import { embedLabels } from '@/lib/embed/labels';
import { embedIndexPath, itemsByPage } from '@/lib/embed/items';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/locale';

/**
 * "Embed": one control per page, after the Cite panel, for every embeddable item on the page (the
 * status card, each question, event, term or provision). The page carries only the disclosure and
 * a link to its default embed; opening it loads the page's list of items (embed-this.browser.ts),
 * so no element is added per item. The item preselected is the section the reader arrived at.
 */
export function EmbedThis({ route, locale }: { route: string; locale: Locale }) {
  const items = itemsByPage(getSite(locale), getSite('en')).get(route);
  const first = items?.[0];
  if (!first) return null;
  const t = embedLabels(locale).control;
  return (
    <details
      className="embed-this"
      data-module="embed-this"
      data-index={embedIndexPath(route, locale)}
      data-labels={JSON.stringify({ item: t.item, code: t.code, copy: t.copy, copied: t.copied })}
      data-pagefind-ignore
    >
      <summary>{t.summary}</summary>
      <p>
        {t.intro} <a href={first.path}>{t.preview}</a>
      </p>
    </details>
  );
}
