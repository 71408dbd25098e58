/**
 * The anchor registry's commands.
 *   tsx scripts/anchors.ts update   add the site's new anchors to content/published-anchors.json
 *                                   (published ones are never dropped: a removal needs an alias)
 *   tsx scripts/anchors.ts apply    make the aliases in content/anchor-aliases.yaml work in out/
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyAliases } from '../lib/anchors/apply';
import {
  currentManifest,
  MANIFEST_FILE,
  mergeManifest,
  readRegistry,
} from '../lib/anchors/registry';
import { buildSite } from '../lib/content/site';
import { SITE_URL } from '../lib/site-config';

const contentRoot = path.resolve(process.env.CONTENT_DIR ?? 'content');
const command = process.argv[2];

if (command === 'update') {
  const { site } = buildSite(contentRoot);
  const { manifest: previous } = readRegistry(contentRoot, []);
  const merged = mergeManifest(previous, currentManifest(site));
  const before = Object.values(previous ?? {}).flat().length;
  const after = Object.values(merged).flat().length;
  fs.writeFileSync(path.join(contentRoot, MANIFEST_FILE), `${JSON.stringify(merged, null, 2)}\n`);
  console.log(
    `content/${MANIFEST_FILE}: ${after} anchors on ${Object.keys(merged).length} pages (${after - before} added).`,
  );
} else if (command === 'apply') {
  const { aliases } = readRegistry(contentRoot, []);
  const applied = applyAliases(path.resolve(process.argv[3] ?? 'out'), aliases, SITE_URL);
  console.log(
    applied.length ? `Aliases applied:\n  ${applied.join('\n  ')}` : 'No aliases to apply.',
  );
} else {
  console.error('usage: tsx scripts/anchors.ts update | apply [out-dir]');
  process.exit(2);
}
