/** The timeline's thread filter (TimelineFilter.tsx): hide unticked threads, keep them in the URL. */
import { eachModule } from '@/lib/browser/dom';

eachModule('timeline-filter', (fieldset) => {
  const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[name="thread"]')];
  const status = fieldset.querySelector<HTMLElement>('.filter-status');
  const all = boxes.map((box) => box.value);

  const apply = () => {
    const selected = boxes.filter((box) => box.checked).map((box) => box.value);
    for (const event of document.querySelectorAll<HTMLElement>('.timeline-event[data-thread]'))
      event.hidden = !selected.includes(event.dataset.thread ?? '');
    for (const group of document.querySelectorAll<HTMLElement>('.timeline-month, .timeline-year'))
      group.hidden = !group.querySelector('.timeline-event:not([hidden])');
    if (status) {
      status.textContent =
        selected.length < all.length
          ? (fieldset.dataset.status ?? '')
              .replace('{shown}', String(selected.length))
              .replace('{total}', String(all.length))
          : '';
    }
    const url = new URL(location.href);
    if (selected.length === all.length) url.searchParams.delete('thread');
    else url.searchParams.set('thread', selected.join(','));
    history.replaceState(history.state, '', url);
  };

  const wanted = (new URLSearchParams(location.search).get('thread') ?? '')
    .split(',')
    .filter((thread) => all.includes(thread));
  if (wanted.length) {
    for (const box of boxes) box.checked = wanted.includes(box.value);
    apply();
  }
  fieldset.addEventListener('change', apply);
});
