import Link from 'next/link';
import { MAIN_SECTIONS } from '@/lib/site-config';

export interface PrevNextProps {
  /** The current page's path. */
  route: string;
}

/** Previous and next in the site's reading order (the main sections), as plain links. */
export function PrevNext({ route }: PrevNextProps) {
  const index = MAIN_SECTIONS.findIndex((section) => section.href === route);
  if (index === -1) return null;
  const previous = MAIN_SECTIONS[index - 1];
  const next = MAIN_SECTIONS[index + 1];
  return (
    <nav aria-label="Previous and next" className="prev-next">
      {previous ? (
        <Link href={previous.href} rel="prev" className="prev-next-previous">
          <span className="prev-next-label">Previous</span> {previous.label}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className="prev-next-next">
          <span className="prev-next-label">Next</span> {next.label}
        </Link>
      ) : null}
    </nav>
  );
}
