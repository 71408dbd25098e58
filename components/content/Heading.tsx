import type { ReactNode } from 'react';
import { CopyLinkButton } from './CopyLinkButton';

export interface HeadingProps {
  level: 2 | 3 | 4;
  id?: string;
  children?: ReactNode;
  /** Markers for old, renamed ids of this heading (see AliasMarkers). */
  markers?: ReactNode;
  /** Accessible name of the copy-link button. */
  copyLabel: string;
}

/**
 * A section heading that is its own permalink: without JavaScript the heading text links to its
 * fragment; with it, a copy-link button copies the absolute URL.
 */
export function Heading({ level, id, children, markers, copyLabel }: HeadingProps) {
  const Tag = `h${level}` as const;
  if (!id) return <Tag>{children}</Tag>;
  return (
    // The button sits beside the heading, not in it, so it never becomes part of the heading's name.
    <div className={`heading-row heading-row-${level}`}>
      <Tag id={id} tabIndex={-1} className="section-heading">
        {markers}
        <a href={`#${id}`} className="anchor-link">
          {children}
        </a>
      </Tag>
      <CopyLinkButton fragment={id} label={copyLabel} />
    </div>
  );
}
