'use client';

import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

// The theme lives on <html data-theme>, set before first paint by the theme script.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
const currentTheme = (): Theme =>
  document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
const noThemeOnServer = (): Theme | null => null;

/** Switches light/dark and remembers the choice; without JavaScript the system setting rules. */
export function ThemeToggle({ label }: { label: string }) {
  const theme = useSyncExternalStore(subscribe, currentTheme, noThemeOnServer);
  // The slot is rendered on the server with the button's size, so the button appearing after
  // hydration moves nothing on the page.
  if (theme === null) return <span className="theme-toggle theme-toggle-slot" aria-hidden="true" />;
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem('theme', next);
        } catch {
          // Storage can be disabled; the choice then lasts for this page only.
        }
      }}
    >
      {label}
    </button>
  );
}
