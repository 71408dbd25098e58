/**
 * The one stylesheet and the one script every embed page carries inline. Both are constants, so
 * the embed pages' Content-Security-Policy allows exactly these two by hash and nothing else
 * (lib/serve/headers.ts), whichever item a page shows.
 */
import { createHash } from 'node:crypto';

/** System fonts only (no request), the reader's light or dark scheme, no layout that can overflow. */
export const EMBED_STYLE = `:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#4f4f4f;--bg:#fff;--line:#c9c9c9;--accent:#0a5296;--mark:#f3f0e6}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#b9b9b9;--bg:#17191c;--line:#4a4d52;--accent:#9ccaff;--mark:#26282c}}
html{background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;-webkit-text-size-adjust:100%}
body{margin:0}
.embed{border:1px solid var(--line);border-radius:6px;padding:12px 16px;overflow-wrap:anywhere}
.kicker,.date,.sources,.more{font-size:.875rem;color:var(--muted);margin:0}
.kicker{text-transform:uppercase;letter-spacing:.04em}
h1{font-size:1.125rem;line-height:1.3;margin:.25rem 0}
.text{margin:.5rem 0}
.text p,.text ul,.text ol{margin:.5rem 0}
.text ul,.text ol,.sources ol{padding-left:1.25rem}
.statute{white-space:pre-line;background:var(--mark);padding:.5rem .75rem;border-radius:4px}
.events{list-style:none;padding:0;margin:.5rem 0}
.events li{border-top:1px solid var(--line);padding:.375rem 0}
.sources{border-top:1px solid var(--line);padding-top:.5rem;margin-top:.75rem}
.sources ol{margin:.25rem 0}
.more{margin-top:.5rem}
a{color:var(--accent);text-underline-offset:2px}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}`;

/**
 * Tells the host page how tall the embed is, whenever that changes, so it never scrolls inside
 * or leaves a gap, in the messages hosts already understand:
 *  - WordPress (wp-embed): `{ message: 'height', value, secret }`, the secret read from the
 *    `#?secret=…` WordPress appends to the iframe's address; in WordPress's sandbox (scripts
 *    only, no popups) a link is handed to the host as `{ message: 'link', value, secret }`;
 *  - AMP (amp-iframe resizable): `{ sentinel: 'amp', type: 'embed-size', height }`;
 *  - everyone else: `{ context: 'iframe.resize', src, height }`, the message embed.ly and
 *    Iframely hosts read (documented in the README with a five-line listener).
 * The height is the document's own, not the frame's, so it is right whatever height the frame has.
 */
export const EMBED_SCRIPT = `(function(){var p=window.parent;if(p===window)return;var m=/[#&?]secret=([A-Za-z0-9]{1,64})/.exec(location.hash),s=m&&m[1],last=-1;
function send(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h===last)return;last=h;
if(s)p.postMessage({message:'height',value:h,secret:s},'*');
p.postMessage({sentinel:'amp',type:'embed-size',height:h},'*');
p.postMessage({context:'iframe.resize',src:location.href,height:h},'*')}
if(window.ResizeObserver)new ResizeObserver(send).observe(document.documentElement);
addEventListener('load',send);addEventListener('resize',send);send();
if(s)document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[href]');if(!a)return;e.preventDefault();p.postMessage({message:'link',value:a.href,secret:s},'*')})})();`;

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const EMBED_STYLE_HASH = sha256(EMBED_STYLE);
export const EMBED_SCRIPT_HASH = sha256(EMBED_SCRIPT);
