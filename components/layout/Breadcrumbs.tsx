export interface Crumb {
  href: string;
  label: string;
}

export interface BreadcrumbsProps {
  trail: Crumb[];
  /** The landmark's name in the page's language. */
  label: string;
}

/** The trail to this page; the last crumb is the current page and is not a link. */
export function Breadcrumbs({ trail, label }: BreadcrumbsProps) {
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {trail.map((crumb, i) =>
          i === trail.length - 1 ? (
            <li key={crumb.href} aria-current="page">
              {crumb.label}
            </li>
          ) : (
            <li key={crumb.href}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
