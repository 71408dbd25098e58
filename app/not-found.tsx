import Link from 'next/link';
import { MAIN_SECTIONS } from '@/lib/site-config';

export default function NotFound() {
  return (
    <article className="article prose">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. It may have been mistyped, or the link that brought you
        here may be wrong.
      </p>
      <form action="/search/" method="get" role="search" className="notfound-search">
        <label htmlFor="notfound-search">Search the site</label>
        <input id="notfound-search" name="q" type="search" />
        <button type="submit">Search</button>
      </form>
      <h2>Main sections</h2>
      <ul>
        <li>
          <Link href="/">Home: the case at a glance</Link>
        </li>
        {MAIN_SECTIONS.map((s) => (
          <li key={s.href}>
            <Link href={s.href}>{s.label}</Link>
          </li>
        ))}
        <li>
          <Link href="/sources/">Sources</Link>
        </li>
      </ul>
    </article>
  );
}
