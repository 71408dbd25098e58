import Link from 'next/link';
import { MAIN_SECTIONS, SITE_NAME } from '@/lib/site-config';
import { ThemeToggle } from './ThemeToggle.client';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {MAIN_SECTIONS.map((section) => (
              <li key={section.href}>
                <Link href={section.href}>{section.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form className="header-search" action="/search/" method="get" role="search">
          <label htmlFor="header-search-input" className="visually-hidden">
            Search the site
          </label>
          <input
            id="header-search-input"
            name="q"
            type="search"
            placeholder="Search, e.g. § 6103(i)(2)"
          />
          <button type="submit">Search</button>
        </form>
        <ThemeToggle />
      </div>
    </header>
  );
}
