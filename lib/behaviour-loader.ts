import { BEHAVIOUR_DIR } from '@/lib/behaviours';

/**
 * The one inline script at the end of every page: it loads the behaviours the page renders (each
 * marked `data-module="<name>"`, lib/behaviours.ts) as module scripts, once the first screen is on
 * screen. The page reads, links and navigates without them, so on a slow phone connection they
 * should not compete with the page itself: a script fetched before the first paint costs the
 * reader a round trip (Lighthouse measured it, issue 16). "Painted" means a largest-contentful-paint
 * entry stamped after the load event (a paint before it may show a half-parsed page); where no
 * such entry comes (the page was painted whole before it loaded, or the browser has no such entry
 * type) they load 300 ms after the load event. A reader who reaches for the page first (pointer, touch, key, focus) gets
 * them at once, and so does an address with a query (`?thread=` on the timeline, `?q=` on search):
 * it asks a behaviour to set the page up, which should happen as early as it can.
 *
 * `<html data-behaviours>` says where loading is: `loading`, then `ready` once every module has run
 * (the browser tests wait for it; nothing else reads it). The policy allows this script by hash
 * (lib/serve/headers.ts), as it does the theme script.
 */
export const BEHAVIOUR_LOADER = `(function () {
  var root = document.documentElement;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var names = [];
    document.querySelectorAll('[data-module]').forEach(function (element) {
      var name = element.getAttribute('data-module');
      if (/^[a-z-]+$/.test(name) && names.indexOf(name) < 0) names.push(name);
    });
    var pending = names.length;
    root.dataset.behaviours = pending ? 'loading' : 'ready';
    names.forEach(function (name) {
      var script = document.createElement('script');
      script.type = 'module';
      script.src = '${BEHAVIOUR_DIR}' + name + '.js';
      script.onload = script.onerror = function () {
        if (--pending === 0) root.dataset.behaviours = 'ready';
      };
      document.head.appendChild(script);
    });
  }
  ['pointerdown', 'pointerover', 'touchstart', 'keydown', 'focusin'].forEach(function (type) {
    addEventListener(type, start, { capture: true, once: true, passive: true });
  });
  function whenPainted() {
    var loadedAt = performance.now();
    setTimeout(start, 300);
    try {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntries().some(function (entry) { return entry.startTime >= loadedAt; })) {
          observer.disconnect();
          setTimeout(start, 0);
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch (error) {}
  }
  if (location.search) start();
  else if (document.readyState === 'complete') whenPainted();
  else addEventListener('load', whenPainted, { once: true });
})();`;
