/**
 * The light/dark switch (ThemeToggle.tsx). The theme lives on <html data-theme>, set before first
 * paint by the head script (theme-script.ts); this keeps the button's state in step and remembers
 * the choice.
 */
import { eachModule } from '@/lib/browser/dom';

eachModule<HTMLButtonElement>('theme-toggle', (button) => {
  const root = document.documentElement;
  const show = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  show();
  button.addEventListener('click', () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    show();
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
  });
});
