/**
 * The Embed control (EmbedThis.tsx). On first opening it fetches the page's list of embeddable
 * items and builds the choice, the code box and the copy button; the code itself is the item's
 * prebuilt oEmbed `html`, so what a reporter copies and what an oEmbed client receives are the
 * same. The item preselected is the section in the address (`#i_2`), else the page's default card.
 */
import { copyText } from '@/lib/browser/clipboard';
import { announce, eachModule } from '@/lib/browser/dom';

interface Entry {
  path: string;
  title: string;
  fragment: string;
}

interface Labels {
  item: string;
  code: string;
  copy: string;
  copied: string;
}

let ids = 0;

eachModule<HTMLDetailsElement>('embed-this', (root) => {
  const index = root.dataset.index;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
  const preview = root.querySelector<HTMLAnchorElement>('p a');
  if (!index || !preview) return;
  let built = false;

  const build = async () => {
    built = true;
    const response = await fetch(index);
    if (!response.ok) return;
    const { items } = (await response.json()) as { items: Entry[] };
    const n = (ids += 1);
    const field = (label: string, control: HTMLElement) => {
      const wrap = document.createElement('p');
      const caption = document.createElement('label');
      caption.textContent = label;
      caption.htmlFor = control.id;
      wrap.append(caption, control);
      return wrap;
    };
    const select = document.createElement('select');
    select.id = `embed-item-${n}`;
    select.append(...items.map((item) => new Option(item.title, item.path)));
    const fragment = decodeURIComponent(location.hash.slice(1));
    const arrived = items.findIndex((item) => fragment && item.fragment === fragment);
    if (arrived > 0) select.selectedIndex = arrived;
    const code = document.createElement('textarea');
    code.id = `embed-code-${n}`;
    code.readOnly = true;
    code.rows = 6;
    code.spellcheck = false;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = labels.copy;
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    const actions = document.createElement('p');
    actions.append(copy, ' ', status);
    root.append(field(labels.item, select), field(labels.code, code), actions);

    const show = async () => {
      const path = select.value;
      preview.href = path;
      const answer = await fetch(`${path}oembed.json`);
      if (answer.ok && select.value === path)
        code.value = ((await answer.json()) as { html: string }).html;
    };
    select.addEventListener('change', () => void show());
    copy.addEventListener('click', async () => {
      if (await copyText(code.value)) announce(status, labels.copied);
      else code.select();
    });
    await show();
  };

  root.addEventListener('toggle', () => {
    if (root.open && !built) void build();
  });
  if (root.open) void build();
});
