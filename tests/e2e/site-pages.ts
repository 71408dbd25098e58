import fs from 'node:fs';
import path from 'node:path';

const EMBED_DIRS = new Set(['embed', path.join('es', 'embed')]);

/**
 * Every HTML page in the build, as site paths: the browser tests visit them all. The embed pages
 * (/embed/, /es/embed/: several hundred small documents made for framing) are left out; the embed
 * spec checks them by kind.
 */
export function builtPages(root = 'out'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (
          entry.name !== '_next' &&
          entry.name !== 'pagefind' &&
          !EMBED_DIRS.has(path.relative(root, full))
        )
          walk(full);
      } else if (entry.name === 'index.html') {
        pages.push(
          `/${path.relative(root, dir).split(path.sep).join('/')}${dir === root ? '' : '/'}`.replace(
            '//',
            '/',
          ),
        );
      }
    }
  };
  walk(root);
  return pages.sort();
}
