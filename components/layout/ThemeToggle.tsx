/**
 * Switches light/dark and remembers the choice (theme-toggle.browser.ts). It is in the server HTML,
 * so it takes its place at first paint; without JavaScript it is not shown (`js-only`) and the
 * system setting rules.
 */
export function ThemeToggle({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="theme-toggle js-only"
      aria-pressed="false"
      data-module="theme-toggle"
    >
      {label}
    </button>
  );
}
