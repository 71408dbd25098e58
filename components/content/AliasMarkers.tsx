import { aliasMarkers } from '@/lib/anchors/registry';
import type { Site } from '@/lib/content/site';

export interface AliasMarkersProps {
  site: Site;
  route: string;
  /** The id of the element these markers sit in. */
  id: string;
}

/**
 * Old ids of a renamed anchor (content/anchor-aliases.yaml), rendered as empty markers inside the
 * new target, so published links to the old id still land here, with or without JavaScript.
 */
export function AliasMarkers({ site, route, id }: AliasMarkersProps) {
  return aliasMarkers(site.aliases, route, id).map((old) => <span key={old} id={old} className="anchor-alias" />);
}
