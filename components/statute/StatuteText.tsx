import { englishPath } from '@/lib/i18n/locale';
import { ui } from '@/lib/i18n/ui';
import type { Element, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { h, s as svg } from 'hastscript';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { visit } from 'unist-util-visit';
import { aliasMarkers } from '@/lib/anchors/registry';
import type { StatuteEntry, Site } from '@/lib/content/site';
import { NoteNumbers, toSafeHast } from '@/lib/markdown/render';
import { officialSubsectionUrl, liiSubsectionUrl } from '@/lib/statutes/links';

const LINK_ICON =
  'M7.8 10.9 6.5 12.2a2.4 2.4 0 0 1-3.4-3.4l2.1-2.1a2.4 2.4 0 0 1 3.4 0l.9-.9a3.7 3.7 0 0 0-5.2 0L2.2 7.9a3.7 3.7 0 0 0 5.2 5.2l1.3-1.3zm.4-5.8 1.3-1.3a2.4 2.4 0 0 1 3.4 3.4l-2.1 2.1a2.4 2.4 0 0 1-3.4 0l-.9.9a3.7 3.7 0 0 0 5.2 0l2.1-2.1a3.7 3.7 0 0 0-5.2-5.2L7.3 4.2z';

export interface StatuteTextProps {
  statute: StatuteEntry;
  site: Site;
}

/**
 * The verbatim text, its (a)(1)(A)(i) nesting kept as indentation. After each designation, links
 * to the same subsection on this site (permalink), the official U.S. Code and Cornell LII.
 */
export function StatuteText({ statute, site }: StatuteTextProps) {
  const hast = toSafeHast(structuredClone(statute.statute.tree), {
    site,
    notes: new NoteNumbers(),
  });
  const pinpoints = new Map(statute.statute.provisions.map((p) => [p.id, p.pinpoint]));
  const t = ui(site.locale);
  visit(hast, 'element', (node: Element) => {
    const id = node.properties.id;
    if (node.tagName !== 'li' || typeof id !== 'string' || !pinpoints.has(id)) return;
    node.properties.tabIndex = -1;
    const label = `${statute.data.citation}${pinpoints.get(id)}`;
    const links = [
      h(
        'a',
        {
          href: `#${id}`,
          className: ['provision-permalink'],
          ariaLabel: t.linkTo(label),
          dataPagefindIndexAttrs: 'aria-label',
        },
        '¶',
      ),
    ];
    const copyButton = h(
      'button',
      {
        type: 'button',
        // Shown only on scripted pages, as CopyLinkButton is.
        className: ['copy-link', 'js-only'],
        dataFragment: id,
        ariaLabel: t.copyLinkTo(label),
      },
      [
        svg(
          'svg',
          { ariaHidden: 'true', focusable: 'false', viewBox: '0 0 16 16', width: 16, height: 16 },
          [svg('path', { fill: 'currentColor', d: LINK_ICON })],
        ),
      ],
    );
    if (statute.data.instrument === 'usc' && statute.data.codeTitle && statute.data.section) {
      links.push(
        h(
          'a',
          {
            href: officialSubsectionUrl(statute.data.codeTitle, statute.data.section, id),
            className: ['provision-official'],
            ariaLabel: t.statute.onOfficial(label),
          },
          t.statute.official,
        ),
      );
      links.push(
        h(
          'a',
          {
            href: liiSubsectionUrl(statute.data.codeTitle, statute.data.section, id),
            className: ['provision-lii'],
            ariaLabel: t.statute.onLii(label),
          },
          'LII',
        ),
      );
    }
    const markers = aliasMarkers(site.aliases, englishPath(statute.route), id).map((old) =>
      h('span', { id: old, className: ['anchor-alias'] }),
    );
    node.children.unshift(
      ...markers,
      // The text is English; its controls speak the page's language.
      h('span', { className: ['provision-links'], lang: site.locale }, [...links, copyButton]),
    );
  });
  return <div className="statute-text">{toJsxRuntime(hast as Root, { Fragment, jsx, jsxs })}</div>;
}
