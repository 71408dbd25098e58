import { formatDate } from '@/lib/dates';

export interface PageMetaProps {
  published: string;
  updated: string;
}

export function PageMeta({ published, updated }: PageMetaProps) {
  return (
    <p className="page-meta">
      Published <time dateTime={published}>{formatDate(published)}</time>
      {updated !== published ? (
        <>
          {' · '}Last updated <time dateTime={updated}>{formatDate(updated)}</time>
        </>
      ) : (
        <>
          {' · '}Last updated <time dateTime={updated}>{formatDate(updated)}</time>
        </>
      )}
    </p>
  );
}
