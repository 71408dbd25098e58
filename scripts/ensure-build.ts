/**
 * `npm start` builds first unless out/ holds a complete build (its completion stamp) of exactly
 * the current sources and SITE_URL (the stamp's input hash).
 *   usage: tsx scripts/ensure-build.ts [--check]   --check: only say, exit 1 when a build is due
 */
import { execSync } from 'node:child_process';
import { inputHash, readStamp } from '../lib/build/stamp';

const stamp = readStamp('out');
const reason = !stamp
  ? 'out/ holds no complete build'
  : stamp.inputs !== inputHash('.')
    ? 'the sources or SITE_URL changed since out/ was built'
    : null;

if (process.argv.includes('--check')) {
  console.log(reason ?? 'out/ is complete and current');
  process.exit(reason ? 1 : 0);
}
if (reason) {
  console.log(`Building the site (${reason})…`);
  execSync('npm run build', { stdio: 'inherit' });
}
