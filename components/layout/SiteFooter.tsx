import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p className="not-legal-advice">
        <strong>Not legal advice.</strong> This site explains public court records, laws and
        reporting. For advice about your situation, talk to a lawyer or a qualified tax or
        immigration advocate.
      </p>
      <nav aria-label="Footer">
        <ul>
          <li>
            <Link href="/about/">About and method</Link>
          </li>
          <li>
            <Link href="/sources/">Sources</Link>
          </li>
          <li>
            <Link href="/checked/">The May 2025 reports, checked</Link>
          </li>
          <li>
            <Link href="/changes/">Changes and corrections</Link>
          </li>
          <li>
            <a href="/feed.xml">Atom feed</a>
          </li>
          <li>
            <a href="/data/timeline.json">Timeline data (JSON)</a>
          </li>
          <li>
            <a href="/data/glossary.json">Glossary data (JSON)</a>
          </li>
          <li>
            <a href="/data/sources.json">Sources data (JSON)</a>
          </li>
          <li>
            <a href="/sitemap.xml">Site map</a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
