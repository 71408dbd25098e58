import type { ReactNode } from 'react';

export interface HeadingProps {
  level: 2 | 3 | 4;
  id?: string;
  children?: ReactNode;
}

/**
 * A section heading that is its own permalink: without JavaScript the heading text links to its
 * fragment, so a reader can always copy a link to the section from the address bar.
 */
export function Heading({ level, id, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  if (!id) return <Tag>{children}</Tag>;
  return (
    <Tag id={id} tabIndex={-1} className="section-heading">
      <a href={`#${id}`} className="anchor-link">
        {children}
      </a>
    </Tag>
  );
}
