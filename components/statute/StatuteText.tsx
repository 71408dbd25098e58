import { englishPath } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import type { Element, ElementContent, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { h } from 'hastscript';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { visit } from 'unist-util-visit';
import { aliasMarkers } from '@/lib/anchors/registry';
import type { StatuteEntry, Site } from '@/lib/content/site';
import { NoteNumbers, toSafeHast } from '@/lib/markdown/render';
import { officialSubsectionUrl, liiSubsectionUrl } from '@/lib/statutes/links';

export interface StatuteTextProps {
  statute: StatuteEntry;
  site: Site;
}

/** Stands for the subsection's citation in the shared tools' label patterns. */
const LABEL = '{label}';

/**
 * The verbatim text, its (a)(1)(A)(i) nesting kept as indentation. Each designation ("(C)") is
 * the subsection's permalink, and carries (as data) its deep links to the official U.S. Code and
 * Cornell LII. One set of tools (official, LII, copy link) serves every subsection: the page's
 * behaviour moves it to the subsection under the pointer, in focus or arrived at
 * (page-enhancements.browser.ts). A page of 186 subsections used to carry 186 copies of them.
 */
export function StatuteText({ statute, site }: StatuteTextProps) {
  const hast = toSafeHast(structuredClone(statute.statute.tree), {
    site,
    notes: new NoteNumbers(),
  });
  const pinpoints = new Map(statute.statute.provisions.map((p) => [p.id, p.pinpoint]));
  const t = ui(site.locale);
  const { codeTitle, section } = statute.data;
  const deepLinks = statute.data.instrument === 'usc' && codeTitle && section;
  visit(hast, 'element', (node: Element) => {
    const id = node.properties.id;
    if (node.tagName !== 'li' || typeof id !== 'string' || !pinpoints.has(id)) return;
    node.properties.tabIndex = -1;
    const designation = designationOf(node);
    const official = deepLinks ? officialSubsectionUrl(codeTitle, section, id) : '';
    const lii = deepLinks ? liiSubsectionUrl(codeTitle, section, id) : '';
    const permalink = {
      href: `#${id}`,
      className: ['designation'],
      // The citation, for assistive technology and the search index; the visible "(C)" stays the name.
      title: `${statute.data.citation}${pinpoints.get(id)}`,
      dataPagefindIndexAttrs: 'title',
      ...(deepLinks ? { dataOfficial: official, dataLii: lii } : {}),
    };
    if (designation) Object.assign(designation, h('a', permalink, designation.children));
    // Without JavaScript the shared tools never appear, so each subsection names its own deep
    // links; <noscript> keeps them out of the page (one element, not three) wherever script runs.
    const noScriptLinks = deepLinks
      ? [
          h('noscript', [
            h(
              'span',
              { className: ['provision-tools'] },
              h(
                'a',
                {
                  href: official,
                  ariaLabel: t.statute.onOfficial(permalink.title),
                },
                t.statute.official,
              ),
              ' ',
              h(
                'a',
                {
                  href: lii,
                  ariaLabel: t.statute.onLii(permalink.title),
                },
                'LII',
              ),
            ),
          ]),
        ]
      : [];
    const markers = aliasMarkers(site.aliases, englishPath(statute.route), id).map((old) =>
      h('span', { id: old, className: ['anchor-alias'] }),
    );
    node.children.unshift(...markers, ...noScriptLinks);
    if (!designation) node.children.unshift(h('a', permalink, pinpoints.get(id) ?? id));
  });
  return (
    <div className="statute-text">
      {/* The shared tools: in the server HTML (they take no script to render) but shown only
          once the behaviour has placed them on a subsection. */}
      <span
        className="provision-tools js-only"
        lang={site.locale}
        hidden
        data-official-label={t.statute.onOfficial(LABEL)}
        data-lii-label={t.statute.onLii(LABEL)}
        data-copy-label={t.copyLinkTo(LABEL)}
      >
        {deepLinks ? (
          <>
            <a className="provision-official" href={statute.data.officialUrl}>
              {t.statute.official}
            </a>
            <a className="provision-lii" href={statute.data.liiUrl ?? statute.data.officialUrl}>
              LII
            </a>
          </>
        ) : null}
        <button type="button" className="copy-link" aria-label={t.copyLinkTo(LABEL)} />
      </span>
      {toJsxRuntime(hast as Root, { Fragment, jsx, jsxs })}
    </div>
  );
}

/** The `<strong>(C) Heading</strong>` that opens a subsection, in a tight or a loose list item. */
function designationOf(item: Element): Element | undefined {
  const isElement = (n: ElementContent | undefined): n is Element => n?.type === 'element';
  let first = item.children.find(isElement);
  if (first?.tagName === 'p') first = first.children.find(isElement);
  return first?.tagName === 'strong' ? first : undefined;
}
