export interface TocItem {
  id: string;
  text: string;
  depth: number;
}

export interface TableOfContentsProps {
  items: TocItem[];
  /** "On this page", in the page's language. */
  title: string;
}

/** Plain links rendered on the server: they work without JavaScript and in every reader. */
export function TableOfContents({ items, title }: TableOfContentsProps) {
  if (items.length < 3) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <details open>
        <summary id="toc-heading">{title}</summary>
        <ol>
          {items.map((item) => (
            <li key={item.id} className={`toc-depth-${item.depth}`}>
              <a href={`#${item.id}`}>{item.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
