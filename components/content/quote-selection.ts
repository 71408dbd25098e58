/**
 * "Copy as quotation", part of the page's shared behaviour (page-enhancements.browser.ts), since
 * inside it the code costs the page about 1 kB gzip less than as a module of its own; it starts
 * only where the page's Cite panel carries its quotation data (`data-quote`,
 * lib/citation/quotation.ts). Selecting words in the article shows one small bar at the bottom
 * edge of the screen, driven by `selectionchange` so it never competes with the phone's own
 * selection menu; it sits in the document right after the selected words, and Tab goes to it
 * while words are selected. Its button copies the words as a quotation credited to whoever
 * said them (our page, pinpointed to section and paragraph; the statute subsection; the outlet
 * that reported a court's or a person's words), with the link that highlights them. It replaces
 * the earlier "copy link to this text". Plain copying (Ctrl+C, the system menu) is left alone.
 * Kept small on purpose (the page's JavaScript budget): the citations are templates in the data.
 */
import { copyBoth } from '@/lib/browser/clipboard';
import { announce } from '@/lib/browser/dom';
import { textDirective } from '@/lib/browser/text-fragment';
import { fill, type QuoteData } from '@/lib/citation/quote-format';

/** Not rendered: never part of what the reader saw. */
const HIDDEN = '.term-popover,noscript,[hidden]';
/** Rendered, but apparatus rather than words: source markers, the glossary's "?", tools, this bar. */
const APPARATUS = '.cite-ref,.term-info,.provision-tools,.quote-bar';
const BLOCK = 'p,li,dd,dt,td,th';
/** Words someone else said: a quotation, our translation of one, the statute's text. */
const SPEAKER = '[data-q],.quote-translation,.statute-text li[id],.statute-text';
/**
 * Not for quoting: the contents list (a nav), source notes and lists (`term-sources`,
 * `event-sources`), the Cite panel, a block quotation's caption.
 */
const NOT_QUOTED = 'nav,.cite-this,.source-notes,.page-history,figcaption,[class$=sources]';
const MARK = '\uE000';

/** Text as HTML, by the browser's own serializer (`&`, `<`, `>` escaped; values never hold `"`). */
const escape = (text: string) => new Option(text).innerHTML;

const el = (node: Node) => (node instanceof Element ? node : node.parentElement);
const follows = (a: Node, b: Node) => a.compareDocumentPosition(b) & 4;
const collapse = (text: string) => text.replace(/[\s\u2060]+/g, ' ').trim();

/**
 * The words a range or element shows, whitespace collapsed: apparatus marked by MARK, or left out
 * (a marker that ended a sentence leaves no space before its full stop: "investigations.").
 */
function shown(from: Range | Node, marks?: boolean): string {
  const copy = (from instanceof Range ? from.cloneContents() : from.cloneNode(true)) as Element;
  // A line break is no space to a text fragment: words either side of one are separate runs.
  copy.querySelectorAll(`${HIDDEN},${APPARATUS},br`).forEach((e) => e.replaceWith(` ${MARK} `));
  const text = collapse(copy.textContent ?? '');
  return marks
    ? text
    : collapse(text.replace(/\s*\uE000(?=[\s\uE000]*[.,;:!?)])/g, '').replace(/\uE000/g, ''));
}

/**
 * Sets up the control for the page's quotation data (the Cite panel's `data-quote`), announcing
 * results in the page's live region. Nothing happens on a page without it.
 */
export function offerQuotation(live: HTMLElement): void {
  const panel = document.querySelector<HTMLElement>('[data-quote]');
  const article = panel?.closest('article');
  if (!article) return;
  // The data sits beside the page (quote.json, lib/build/finish-pages.ts): fetched on the first
  // selection, so a reader who never selects does not download it. Inline data is read as it is.
  const source = panel!.dataset.quote!;
  let data: QuoteData | undefined;
  const load = async () =>
    (data ??= (
      source[0] === '{' ? JSON.parse(source) : await (await fetch(source)).json()
    ) as QuoteData);
  const bar = document.createElement('div');
  const button = document.createElement('button');
  const note = document.createElement('span');
  bar.className = 'quote-bar';
  // Keep the selection: a mousedown on the button would otherwise clear it.
  button.onmousedown = (event) => event.preventDefault();
  bar.append(button, note);
  let result: string | string[] = '';
  button.onclick = async () => {
    if (typeof result === 'string') return announce(live, result);
    const copied = await copyBoth(result[0]!, result[1]!);
    announce(live, copied ? data!.labels.copied : `${data!.labels.failed} ${result[0]}`);
  };

  // Keyboard: with words selected, Tab goes to the control first (then on from where it sits).
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Tab' && bar.isConnected && document.activeElement !== button) {
      event.preventDefault();
      button.focus();
    }
  });
  let timer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const selection = getSelection();
      const range = selection?.rangeCount && selection.getRangeAt(0).cloneRange();
      const start = range && el(range.startContainer);
      if (!start || !article.contains(start) || start.closest(NOT_QUOTED) || !shown(range)[1])
        return bar.remove();
      const quoteData = await load().catch(() => undefined);
      if (!quoteData) return bar.remove();
      button.textContent = quoteData.labels.copy;
      result = quote(range, quoteData, article);
      note.textContent = typeof result === 'string' ? result : '';
      // Right after the selected words (outside any link), so Tab reaches it next.
      const end = range.endContainer;
      (el(end)?.closest('a') ?? (end.nodeType === 3 ? (end as Text) : start)).after(bar);
    }, 200);
  });
}

/** The quotation of a selection as plain text and HTML, or why it cannot be quoted as it is. */
function quote(range: Range, data: QuoteData, article: Element): string | string[] {
  const labels = data.labels;
  const block = el(range.startContainer)?.closest(BLOCK);
  const end = range.endContainer;
  if (!block) return labels.paragraphs;
  if (!block.contains(end)) {
    // A triple click selects a paragraph up to the start of the next one, of which it holds nothing.
    const tail = range.cloneRange();
    tail.setStart(block, block.childNodes.length);
    if (shown(tail)) return labels.paragraphs;
    range.setEnd(block, block.childNodes.length);
  } else if (el(end)?.closest(BLOCK) !== block) return labels.paragraphs;

  const common = range.commonAncestorContainer;
  const speaker = el(common)?.closest(SPEAKER);
  // A selection that runs from a quotation into our words is neither's: ask for one of them.
  if (!speaker && [...block.querySelectorAll(SPEAKER)].some((q) => range.intersectsNode(q)))
    return labels.mixed;

  // The heading the words are under, and the paragraph's number below it.
  const heading = [...article.querySelectorAll('h2[id],h3[id]')]
    .filter((h) => !h.closest(NOT_QUOTED) && follows(h, block))
    .pop();
  const paragraph = block.closest('li') ?? block;
  const n = [...article.querySelectorAll('p,li,dd')].filter(
    (p) =>
      !(p.tagName === 'P' && p.closest('li')) &&
      !p.closest(NOT_QUOTED) &&
      (!heading || follows(heading, p)) &&
      (p === paragraph || follows(p, paragraph)),
  ).length;

  const translation = speaker?.matches('.quote-translation');
  // Our translation, without its label: "[traducción no oficial: «…»]".
  const words = shown(range).replace(translation ? /^([^«]*?: )?«|»\]?$/g : /^$/, '');

  // The link: the nearest id (statute subsection, timeline event, quotation, else section) first.
  const before = range.cloneRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const prefix = shown(before, true).split(MARK);
  const url = location.origin + location.pathname;
  const directive = textDirective(
    shown(range, true).split(MARK),
    prefix.length > 1 && !prefix[prefix.length - 1] ? '' : (prefix.pop() ?? ''),
    collapse(document.body.innerText),
  );
  const id = (block.closest('li[id],figure[id]') ?? heading)?.id ?? '';
  const slots: Record<string, string> = {
    link: `${url}#${id}${directive && `:~:${directive}`}`,
    u: heading ? `${url}#${heading.id}` : url,
    h: heading ? shown(heading) : '',
    n: String(n),
  };
  let remembered: unknown;
  try {
    remembered = localStorage['cite-style'];
  } catch {
    // No storage: the first style.
  }
  const style = data.styles.find((s) => s.key === remembered) ?? data.styles[0]!;
  slots.loc = fill(heading ? style.loc : style.top, slots);

  /** Who said it: the statute (its subsection), the outlet that reported it, or we did. */
  const said = (text: string, by: Element | null | undefined) => {
    const q = by?.closest<HTMLElement>('[data-q]');
    const designation = by?.closest('.statute-text li[id]')?.querySelector<HTMLElement>('.designation');
    const statute = by?.closest('.statute-text') ? data.statute : undefined;
    const c = q ? q.dataset.cite : (designation?.title ?? statute?.c);
    // Reported words: their original speaker's template where the fact base names one.
    const template = c
      ? style.statute
      : q
        ? style.reported[data.speakers?.[q.id] ?? q.dataset.by!]
        : style.prose;
    const values = {
      ...slots,
      Q: data.open + text + data.close,
      c: c!,
      o: (q?.dataset.official ?? designation?.dataset.official ?? statute?.o)!,
    };
    return [fill(template![0], values), fill(template![1], values, escape)];
  };

  if (!translation) return said(words, speaker);
  // Ours, marked as such, then the original's words credited to whoever said them.
  const original = speaker!.closest('figure') ?? speaker!.previousElementSibling;
  const source = said(shown(original?.querySelector('blockquote') ?? original!), original);
  const ours = `${data.open}${words}${data.close} ${labels.translated}`;
  return [
    `${ours}\n${labels.original} ${source[0]}`,
    fill('<p>{a}</p><p>{b}</p>', { a: ours, b: labels.original }, escape) + source[1],
  ];
}
