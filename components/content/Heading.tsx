import type { ReactNode } from 'react';

export interface HeadingProps {
  level: 2 | 3 | 4;
  id?: string;
  children?: ReactNode;
  /** Markers for old, renamed ids of this heading (see AliasMarkers). */
  markers?: ReactNode;
  /** Accessible name of the page's copy-link control when it comes to this heading. */
  copyLabel: string;
}

/**
 * A section heading that is its own permalink: without JavaScript the heading text links to its
 * fragment; with it, the page's one copy-link control comes to the heading the reader points at or
 * focuses (page-enhancements.browser.ts), named by `data-copy-name`.
 */
export function Heading({ level, id, children, markers, copyLabel }: HeadingProps) {
  const Tag = `h${level}` as const;
  if (!id) return <Tag>{children}</Tag>;
  return (
    <Tag id={id} tabIndex={-1} className="section-heading" data-copy-name={copyLabel}>
      {markers}
      <a href={`#${id}`} className="anchor-link">
        {children}
      </a>
    </Tag>
  );
}
