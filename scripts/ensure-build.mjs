// `npm start` builds first when out/ is missing or older than the content and code it comes from.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const built = path.join('out', 'index.html');
const newest = (dir) => {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
};
const sourcesChanged = Math.max(...['app', 'components', 'content', 'lib'].map(newest));
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sourcesChanged) {
  console.log('Building the site (out/ is missing or stale)…');
  execSync('npm run build', { stdio: 'inherit' });
}
