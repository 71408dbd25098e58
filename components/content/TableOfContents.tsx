export interface TocItem {
  id: string;
  text: string;
  depth: number;
}

export interface TableOfContentsProps {
  items: TocItem[];
}

/** Plain links rendered on the server: they work without JavaScript and in every reader. */
export function TableOfContents({ items }: TableOfContentsProps) {
  if (items.length < 3) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <details open>
        <summary id="toc-heading">On this page</summary>
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
