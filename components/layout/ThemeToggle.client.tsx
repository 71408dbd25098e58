'use client';

import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';

/** Switches light/dark and remembers the choice; without JavaScript the system setting rules. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  }, []);

  if (theme === null) return null;
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
        setTheme(next);
      }}
    >
      Dark theme
    </button>
  );
}
