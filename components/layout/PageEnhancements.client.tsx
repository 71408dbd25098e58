'use client';

import { useEffect, useState } from 'react';

/**
 * The page's one piece of shared behaviour, mounted once in the layout. Everything it touches is
 * already in the server HTML and works without it; it only adds:
 * - copy-link buttons (hidden until this runs): copy the absolute URL with the fragment, or open
 *   the share sheet on touch devices, and announce the result;
 * - arrival: a fragment target is focused (for keyboard and screen-reader users) and marked;
 * - "copy link to this text": a text-fragment URL (`#id:~:text=…`) for a selection in the page;
 * - the table of contents marks the section being read.
 */
export interface PageEnhancementsLabels {
  linkCopied: string;
  /** Followed by the URL when copying failed. */
  copyThisLink: string;
  selectionCopied: string;
  copySelectionLink: string;
}

export function PageEnhancements({ labels }: { labels: PageEnhancementsLabels }) {
  const [announcement, setAnnouncement] = useState('');
  const [selectionLink, setSelectionLink] = useState<{
    url: string;
    top: number;
    left: number;
  } | null>(null);

  useEffect(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[hidden]'))
      button.hidden = false;

    const announce = (message: string) => {
      setAnnouncement('');
      window.setTimeout(() => setAnnouncement(message), 50);
    };

    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
        'button.copy-link',
      );
      if (!button?.dataset.fragment) return;
      const url = `${location.origin}${location.pathname}#${button.dataset.fragment}`;
      const touch = matchMedia('(pointer: coarse)').matches;
      if (touch && typeof navigator.share === 'function') {
        try {
          await navigator.share({ url, title: document.title });
          return;
        } catch {
          // Cancelled or refused: fall back to copying.
        }
      }
      announce((await copy(url)) ? labels.linkCopied : `${labels.copyThisLink} ${url}`);
    };

    const arrive = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const found = id ? document.getElementById(id) : null;
      // An alias (an old, renamed id) is an empty marker inside its new target.
      const target = found?.classList.contains('anchor-alias')
        ? found.closest('[id]:not(.anchor-alias)')
        : found;
      if (!(target instanceof HTMLElement)) return;
      document.querySelectorAll('.is-arrived').forEach((el) => el.classList.remove('is-arrived'));
      target.classList.add('is-arrived');
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({
        block: 'start',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    };

    const onSelection = () => {
      const selection = window.getSelection();
      const text = selection?.toString().trim() ?? '';
      const main = document.getElementById('main-content');
      if (
        !selection ||
        selection.rangeCount === 0 ||
        text.length < 3 ||
        text.length > 300 ||
        !main?.contains(selection.anchorNode)
      ) {
        setSelectionLink(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const rect = range.getBoundingClientRect();
      const anchor = nearestIdBefore(range.startContainer);
      const words = text.replace(/\s+/g, ' ').split(' ');
      const fragment =
        words.length > 8
          ? `${encodeText(words.slice(0, 4).join(' '))},${encodeText(words.slice(-4).join(' '))}`
          : encodeText(words.join(' '));
      setSelectionLink({
        url: `${location.origin}${location.pathname}#${anchor ?? ''}:~:text=${fragment}`,
        top: rect.bottom + window.scrollY + 6,
        left: Math.max(
          8,
          Math.min(rect.left + window.scrollX, document.documentElement.clientWidth - 220),
        ),
      });
    };

    const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          for (const link of tocLinks) {
            if (link.getAttribute('href') === `#${entry.target.id}`)
              link.setAttribute('aria-current', 'true');
            else link.removeAttribute('aria-current');
          }
        }
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const link of tocLinks) {
      const section = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (section) observer.observe(section);
    }

    let selectionTimer = 0;
    const onSelectionChange = () => {
      window.clearTimeout(selectionTimer);
      selectionTimer = window.setTimeout(onSelection, 250);
    };

    document.addEventListener('click', onClick);
    document.addEventListener('selectionchange', onSelectionChange);
    window.addEventListener('hashchange', arrive);
    arrive();
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('selectionchange', onSelectionChange);
      window.removeEventListener('hashchange', arrive);
      observer.disconnect();
    };
  }, [labels.copyThisLink, labels.linkCopied]);

  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {selectionLink ? (
        <button
          type="button"
          className="selection-link"
          style={{ top: selectionLink.top, left: selectionLink.left }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={async () => {
            const copied = await copy(selectionLink.url);
            setAnnouncement(
              copied ? labels.selectionCopied : `${labels.copyThisLink} ${selectionLink.url}`,
            );
            setSelectionLink(null);
          }}
        >
          {labels.copySelectionLink}
        </button>
      ) : null}
    </>
  );
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Text fragments encode the characters that separate their parts. */
function encodeText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** The closest element with an id at or before a node, so the link lands in the right section. */
function nearestIdBefore(node: Node): string | null {
  const walker = document.createTreeWalker(
    document.getElementById('main-content') ?? document.body,
    NodeFilter.SHOW_ELEMENT,
  );
  let found: string | null = null;
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) break;
    if (el.id && el.id !== 'main-content' && !el.id.startsWith('cite-')) found = el.id;
  }
  return found;
}
