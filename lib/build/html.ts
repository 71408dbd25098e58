/**
 * Reading built pages with a real HTML parser (parse5): shared by the build's finishing step and
 * the quality scripts (scripts/lib/out-site.ts re-exports these).
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlElement = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Every element in document order, including those inside <template>. */
export function* elements(node: ParentNode): Generator<HtmlElement> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
    if (child.tagName === 'template') {
      yield* elements((child as DefaultTreeAdapterTypes.Template).content);
    }
  }
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function textOf(element: HtmlElement): string {
  return element.childNodes
    .map((c) => ('value' in c && c.nodeName === '#text' ? c.value : ''))
    .join('');
}

/** The URL path a file of out/ is served at: `ruling/index.html` → `/ruling/`, `404.html` → `/404.html`. */
export function routeOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
