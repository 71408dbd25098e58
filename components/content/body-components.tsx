import type { Components } from 'hast-util-to-jsx-runtime';
import type { PageData } from '@/lib/content/schema';
import type { Site } from '@/lib/content/site';
import type { NoteNumbers } from '@/lib/markdown/render';
import { CountsChart } from '../agreement/CountsChart';
import { RequestFlow } from '../agreement/RequestFlow';
import { EmbeddedTimeline } from '../timeline/EmbeddedTimeline';
import { AliasMarkers } from './AliasMarkers';
import { Heading } from './Heading';

interface SlotProps {
  'data-tags'?: string;
  id?: string;
  children?: React.ReactNode;
}

/** Maps Markdown elements and directive slots to our components for one page. */
export function bodyComponents(site: Site, notes: NoteNumbers, page?: PageData): Partial<Components> {
  const route = page ? [...site.pages.values()].find((entry) => entry.data === page)?.route : undefined;
  const markers = (id?: string) => (route && id ? <AliasMarkers site={site} route={route} id={id} /> : null);
  return {
    h2: (props: SlotProps) => <Heading level={2} id={props.id} markers={markers(props.id)}>{props.children}</Heading>,
    h3: (props: SlotProps) => <Heading level={3} id={props.id} markers={markers(props.id)}>{props.children}</Heading>,
    h4: (props: SlotProps) => <Heading level={4} id={props.id} markers={markers(props.id)}>{props.children}</Heading>,
    'timeline-embed': (props: SlotProps) => {
      const tags = (props['data-tags'] || page?.timeline?.tags.join(' ') || '').split(/[\s,]+/).filter(Boolean);
      return <EmbeddedTimeline events={site.events.filter((e) => e.data.tags.some((t) => tags.includes(t)))} title="Key dates" />;
    },
    'request-flow': () => <RequestFlow />,
    'counts-chart': () => <CountsChart figures={page?.figures ?? []} site={site} notes={notes} />,
  } as Partial<Components>;
}
