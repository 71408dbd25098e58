/**
 * Helpers for the browser behaviours (see lib/behaviours.ts). Behaviour scripts load `async`, so
 * they may run before the page is parsed.
 */
export function whenParsed(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}

/** Every element marked for a behaviour, once each, even if its script is evaluated twice. */
export function eachModule<E extends HTMLElement = HTMLElement>(
  name: string,
  init: (root: E) => void,
): void {
  whenParsed(() => {
    for (const root of document.querySelectorAll<E>(`[data-module="${name}"]`)) {
      if (root.dataset.moduleReady) continue;
      root.dataset.moduleReady = 'true';
      init(root);
    }
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
