/**
 * The citation control (CitationStyles.tsx): switch style, choose the target, copy. Following a
 * link to a section or subsection makes it the thing to cite; a link to the citation panel itself
 * (#cite) keeps the choice. The style chosen is remembered (localStorage `cite-style`) for the
 * next page and for "Copy as quotation" (quote-selection.browser.ts). A section is cited by the
 * pin cite the panel's "Cite one section" list already shows as text, not by code of its own.
 */
import { copyRichText } from '@/lib/browser/clipboard';
import { eachModule, readData } from '@/lib/browser/dom';
import {
  fillTarget,
  htmlCitation,
  plainCitation,
  type CitationPart,
  type StyledCitation,
} from '@/lib/citation/parts';

interface Data {
  styles: StyledCitation[];
  labels: { copied: string; copyFailed: string };
  /** Targets not rendered as options (CitationStyles.tsx): added on first use. */
  targets: { id: string; label?: string; value: string }[];
}

eachModule('citation-styles', (root) => {
  const data = readData<Data>(root);
  const citation = root.querySelector<HTMLElement>('.citation');
  const select = root.querySelector<HTMLSelectElement>('.cite-target select');
  const status = root.querySelector<HTMLElement>('.cite-status');
  const copyButton = root.querySelector<HTMLButtonElement>('.cite-copy');
  if (!data || !citation || !status || !copyButton) return;
  const { styles, labels } = data;
  let waiting = data.targets;
  const addWaitingTargets = () => {
    if (!select || !waiting.length) return;
    select.append(
      ...waiting.map((target) => {
        const option = new Option(target.label ?? target.value, target.id);
        option.dataset.cite = target.value;
        return option;
      }),
    );
    waiting = [];
  };
  if (select) select.onfocus = select.onpointerdown = addWaitingTargets;

  const chosenStyle = (): StyledCitation | undefined => {
    const key = root.querySelector<HTMLInputElement>('.cite-switch input:checked')?.value;
    return styles.find((s) => s.key === key) ?? styles[0];
  };
  const chosenValue = (): string =>
    select?.selectedOptions[0]?.dataset.cite ??
    root.querySelector<HTMLOptionElement>('option')?.dataset.cite ??
    '';
  /**
   * A section chosen: its pin cite as the server wrote it under "Cite one section" (CiteThis.tsx),
   * so both give the same citation: one line per style, in the order of `styles`, after its label.
   * The page citation's italic run (its title) is italic here too, for the copied HTML.
   */
  const pinCite = (style: StyledCitation): CitationPart[] | undefined => {
    const line = root.parentElement
      ?.querySelector(`.cite-sections a[href="#${select?.value}"]+*`)
      ?.textContent?.split('\n')
      [styles.indexOf(style)]?.replace(/^.*?: /, '');
    const title = style.parts.find((part) => part.italic)?.text ?? '\n';
    const [before, ...after] = line?.split(title) ?? [];
    if (!line) return undefined;
    return after.length
      ? [{ text: before! }, { text: title, italic: true }, { text: after.join(title) }]
      : [{ text: line }];
  };
  const current = (): CitationPart[] => {
    const style = chosenStyle();
    return style ? (pinCite(style) ?? fillTarget(style.parts, chosenValue())) : [];
  };
  const render = () => {
    citation.dataset.style = chosenStyle()?.key ?? '';
    citation.replaceChildren(
      ...current().map((part) => {
        if (!part.italic) return document.createTextNode(part.text);
        const italic = document.createElement('i');
        italic.textContent = part.text;
        return italic;
      }),
    );
    status.textContent = '';
  };
  const targetFromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && waiting.some((target) => target.id === id)) addWaitingTargets();
    if (select && id && [...select.options].some((o) => o.value === id)) {
      select.value = id;
      render();
    }
  };

  // The reader's style is remembered for the next page, and for "Copy as quotation".
  root.onchange = () => {
    try {
      localStorage['cite-style'] = chosenStyle()?.key;
    } catch {
      // Storage refused (private mode): the choice lasts for this page.
    }
    render();
  };
  try {
    root
      .querySelector<HTMLInputElement>(`.cite-switch [value="${localStorage['cite-style']}"]`)
      ?.click();
  } catch {
    // No storage: the first style.
  }
  window.addEventListener('hashchange', targetFromHash);
  copyButton.onclick = async () => {
    const parts = current();
    const copied = await copyRichText(plainCitation(parts), htmlCitation(parts));
    if (!copied) window.getSelection()?.selectAllChildren(citation);
    status.textContent = copied ? labels.copied : labels.copyFailed;
  };
  targetFromHash();
});
