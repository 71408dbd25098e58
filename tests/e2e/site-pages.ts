import fs from 'node:fs';
import path from 'node:path';

/** Every HTML page in the build, as site paths: the browser tests visit them all. */
export function builtPages(root = 'out'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next' && entry.name !== 'pagefind') walk(full);
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
