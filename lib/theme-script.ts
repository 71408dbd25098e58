/**
 * Runs before first paint so a stored dark/light choice never flashes the wrong theme, and marks
 * the page as scripted (`.js`) so notices meant only for readers without JavaScript can hide. Its hash is
 * allowed by the Content-Security-Policy (lib/serve/headers.ts computes it from the built pages).
 */
export const THEME_SCRIPT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t!=='dark'&&t!=='light'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}`;
