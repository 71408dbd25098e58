import type { Components } from 'hast-util-to-jsx-runtime';
import type { PageData } from '@/lib/content/schema';
import type { Site } from '@/lib/content/site';
import type { NoteNumbers } from '@/lib/markdown/render';
import { CountsChart } from '../agreement/CountsChart';
import { RequestFlow } from '../agreement/RequestFlow';
import { EmbeddedTimeline } from '../timeline/EmbeddedTimeline';
import { AliasMarkers } from './AliasMarkers';
import { Heading } from './Heading';
import { englishPath } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';

interface SlotProps {
  'data-tags'?: string;
  id?: string;
  children?: React.ReactNode;
}

/** Maps Markdown elements and directive slots to our components for one page. */
export function bodyComponents(site: Site, notes: NoteNumbers, page?: PageData): Partial<Components> {
  const t = ui(site.locale);
  const route = page ? [...site.pages.values()].find((entry) => entry.data === page)?.route : undefined;
  // Aliases are written for English paths; the Spanish page keeps the same ids, so it gets them too.
  const markers = (id?: string) => (route && id ? <AliasMarkers site={site} route={englishPath(route)} id={id} /> : null);
  const copyLabel = t.copyLinkTo(t.thisSection);
  return {
    h2: (props: SlotProps) => <Heading level={2} id={props.id} markers={markers(props.id)} copyLabel={copyLabel}>{props.children}</Heading>,
    h3: (props: SlotProps) => <Heading level={3} id={props.id} markers={markers(props.id)} copyLabel={copyLabel}>{props.children}</Heading>,
    h4: (props: SlotProps) => <Heading level={4} id={props.id} markers={markers(props.id)} copyLabel={copyLabel}>{props.children}</Heading>,
    'timeline-embed': (props: SlotProps) => {
      const tags = (props['data-tags'] || page?.timeline?.tags.join(' ') || '').split(/[\s,]+/).filter(Boolean);
      return <EmbeddedTimeline events={site.events.filter((e) => e.data.tags.some((t) => tags.includes(t)))} title={t.timeline.keyDates} locale={site.locale} />;
    },
    'request-flow': () => <RequestFlow locale={site.locale} />,
    'counts-chart': () => <CountsChart figures={page?.figures ?? []} site={site} notes={notes} />,
  } as Partial<Components>;
}
