import fs from 'node:fs';
import path from 'node:path';

/**
 * The site's icon (public/icon.svg, 240 bytes), written into every page as a data: URL rather
 * than linked: browsers fetch a linked icon as the page finishes loading, one more request on a
 * phone's connection while the first screen paints (Lighthouse counted it, issue 16). The file is
 * still published at /icon.svg for tools that look for one.
 */
const svg = fs.readFileSync(path.join(process.cwd(), 'public', 'icon.svg'), 'utf8').trim();

export const SITE_ICON = {
  url: `data:image/svg+xml,${encodeURIComponent(svg)}`,
  type: 'image/svg+xml',
};
