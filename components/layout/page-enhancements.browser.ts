/**
 * The page's shared behaviour (PageEnhancements.tsx renders its root: a live region carrying the
 * labels). Everything it touches is already in the server HTML and works without it; it adds:
 * - one copy-link control per page: it follows the reader to the section heading, timeline event,
 *   glossary entry or source under the pointer, in focus or arrived at, and copies the absolute
 *   URL with the fragment, or opens the share sheet on touch devices, and announces the result;
 * - arrival: a fragment target is focused (for keyboard and screen-reader users) and marked;
 * - the table of contents marks the section being read;
 * - "Copy as quotation" for words selected in an article (quote-selection.ts);
 * - statute pages: the one set of subsection tools (official, LII, copy link) follows the reader
 *   to the subsection under the pointer, in focus or arrived at.
 */
import { copyText } from '@/lib/browser/clipboard';
import { announce, eachModule } from '@/lib/browser/dom';
import { offerQuotation } from '@/components/content/quote-selection';

interface Labels {
  linkCopied: string;
  /** Followed by the URL when copying failed. */
  copyThisLink: string;
}

eachModule('page-enhancements', (region) => {
  const labels: Labels = {
    linkCopied: region.dataset.linkCopied ?? '',
    copyThisLink: region.dataset.copyThisLink ?? '',
  };
  enableCopyLinks(region, labels);
  const tools = document.querySelector<HTMLElement>('.provision-tools');
  if (tools) followWithTools(tools);
  if (document.querySelector('[data-copy-name]')) followWithCopyLink();
  arrive();
  // Until the page has loaded, the browser applies the fragment itself, and when the fragment
  // names an element that cannot take focus (an alias marker) it clears focus: arrive again after.
  if (document.readyState !== 'complete')
    window.addEventListener('load', () => requestAnimationFrame(arrive), { once: true });
  window.addEventListener('hashchange', arrive);
  markSectionBeingRead();
  offerQuotation(region);
});

function enableCopyLinks(region: HTMLElement, labels: Labels): void {
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.copy-link');
    if (!button?.dataset.fragment) return;
    const url = `${location.origin}${location.pathname}#${button.dataset.fragment}`;
    if (matchMedia('(pointer: coarse)').matches && typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title: document.title });
        return;
      } catch {
        // Cancelled or refused: fall back to copying.
      }
    }
    announce(region, (await copyText(url)) ? labels.linkCopied : `${labels.copyThisLink} ${url}`);
  });
}

/**
 * Statute pages render one `.provision-tools` (StatuteText.tsx); each subsection's designation is
 * its permalink and carries its deep links as data. Placed right after the designation, the tools
 * come next in the Tab order, and float to the end of the subsection's first line.
 */
function followWithTools(tools: HTMLElement): void {
  const [official, lii] = tools.querySelectorAll<HTMLAnchorElement>('a');
  const copy = tools.querySelector<HTMLButtonElement>('button.copy-link');
  const pattern = (name: string, label: string) =>
    (tools.dataset[name] ?? '').replace('{label}', label);
  let current: Element | null = null;
  const placeAt = (from: EventTarget | null) => {
    const item = from instanceof Element ? from.closest('.statute-text li[id]') : null;
    const permalink = item?.querySelector<HTMLAnchorElement>(':scope a.designation');
    if (!item || !permalink || item === current || permalink.closest('li[id]') !== item) return;
    current = item;
    const label = permalink.title;
    if (official && lii && permalink.dataset.official && permalink.dataset.lii) {
      official.href = permalink.dataset.official;
      official.setAttribute('aria-label', pattern('officialLabel', label));
      lii.href = permalink.dataset.lii;
      lii.setAttribute('aria-label', pattern('liiLabel', label));
    }
    if (copy) {
      copy.dataset.fragment = item.id;
      copy.setAttribute('aria-label', pattern('copyLabel', label));
    }
    permalink.after(tools);
    tools.hidden = false;
  };
  followReader(placeAt);
}

/**
 * The one copy-link control of every other page, made here: the server HTML has none, so a reader
 * without JavaScript is offered nothing that does nothing (headings, events and terms are their
 * own permalinks). Each item it serves carries the control's name for it in `data-copy-name`
 * (a section heading, a timeline event, a glossary entry, a source). The control goes right after
 * the item's own link (its heading, when the link is in one, so it never becomes part of the
 * heading's name), so it is the next Tab stop; it is drawn out of the flow at the end of the item's
 * title, so nothing moves when it comes or goes.
 */
function followWithCopyLink(): void {
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy-link copy-link-shared';
  let current: HTMLElement | null = null;
  const place = () => {
    if (!current) return;
    // Sources have no self-link: their title ends with their labels.
    const title = current.querySelector('.anchor-link') ?? current.lastElementChild;
    // An inline element's boxes, one per line: the last ends where its title does.
    const end = [...(title?.getClientRects() ?? [])].pop();
    const box = copy.offsetParent;
    if (!end || !box) return;
    const origin = box.getBoundingClientRect();
    const top = end.top - origin.top - box.clientTop + (end.height - copy.offsetHeight) / 2;
    copy.style.left = `${end.right - origin.left - box.clientLeft + 4}px`;
    copy.style.top = `${top}px`;
  };
  const placeAt = (from: EventTarget | null) => {
    if (from === copy) return;
    const item = from instanceof Element ? from.closest<HTMLElement>('[data-copy-name]') : null;
    const link = item?.querySelector('a.anchor-link') ?? item?.querySelector('a[href]');
    if (!item || !link) return;
    if (item !== current) {
      current = item;
      copy.dataset.fragment = item.id;
      copy.setAttribute('aria-label', item.dataset.copyName ?? '');
      (link.closest('h2, h3, h4') ?? link).after(copy);
    }
    // Again for the same item: what is above it may have moved since.
    place();
  };
  followReader(placeAt);
  const main = document.getElementById('main-content');
  if (main) new ResizeObserver(place).observe(main);
}

/** Calls `placeAt` with what the reader points at, focuses or arrives at in the main content. */
function followReader(placeAt: (target: EventTarget | null) => void): void {
  const main = document.getElementById('main-content');
  main?.addEventListener('mouseover', (event) => placeAt(event.target));
  main?.addEventListener('focusin', (event) => placeAt(event.target));
  const atFragment = () =>
    placeAt(document.getElementById(decodeURIComponent(location.hash.slice(1))));
  atFragment();
  window.addEventListener('hashchange', atFragment);
}

function arrive(): void {
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
  // A link to words in the page (`#id:~:text=…`, "Copy as quotation") has already been scrolled
  // to those words by the browser, below the target's top: leave the reader there.
  if (target.getBoundingClientRect().top < 0) return;
  target.scrollIntoView({
    block: 'start',
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
}

function markSectionBeingRead(): void {
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  if (!tocLinks.length) return;
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
}
