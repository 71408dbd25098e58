/**
 * Runs before first paint so a stored dark/light choice never flashes the wrong theme. Its hash is
 * allowed by the Content-Security-Policy (scripts/headers.ts computes it from the built pages).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('theme');if(t!=='dark'&&t!=='light'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}`;
