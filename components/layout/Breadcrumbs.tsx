import { localeOfPath, localizePath } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
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

/** Home, then the page: the trail of every page one level below home, in the page's edition. */
export function trailFromHome(page: { route: string; title: string }): Crumb[] {
  const locale = localeOfPath(page.route);
  return [
    { href: localizePath('/', locale), label: ui(locale).home },
    { href: page.route, label: page.title },
  ];
}
