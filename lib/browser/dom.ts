/**
 * Helpers for the browser behaviours (see lib/behaviours.ts). The loader (lib/behaviour-loader.ts)
 * starts them after the load event, or earlier when the reader interacts, which can be before the
 * page is parsed.
 */
export function whenParsed(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}

/**
 * Runs a behaviour on every element marked for it. A module script runs once per page however
 * often it is included, so each element is set up once.
 */
export function eachModule<E extends HTMLElement = HTMLElement>(
  name: string,
  init: (root: E) => void,
): void {
  whenParsed(() => {
    for (const root of document.querySelectorAll<E>(`[data-module="${name}"]`)) init(root);
  });
}

/** The JSON a server component wrote for its behaviour: `<script type="application/json">`. */
export function readData<T>(root: HTMLElement): T | null {
  const script = root.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  if (!script?.textContent) return null;
  try {
    return JSON.parse(script.textContent) as T;
  } catch {
    return null;
  }
}

/** Screen readers re-announce a live region only when its text changes: clear it first. */
export function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
