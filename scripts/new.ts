/**
 * `npm run new -- <event|source|term|change> <id>`: writes the blank files for a new entry (and its
 * Spanish counterpart where the edition needs one) for an editor to fill in.
 *   usage: tsx scripts/new.ts <kind> <id>   (CONTENT_DIR=… to write elsewhere)
 */
import path from 'node:path';
import { scaffold, SCAFFOLD_KINDS, writeScaffold } from '../lib/content/scaffold';

const [kind, id] = process.argv.slice(2);
if (!kind || !id) {
  console.error(`usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> <id>`);
  process.exit(2);
}
const contentRoot = path.resolve(process.env.CONTENT_DIR ?? 'content');
const files = scaffold(kind, id);
if (typeof files === 'string') fail(files);
const problem = writeScaffold(contentRoot, files);
if (problem) fail(problem);
for (const file of files)
  console.log(`wrote ${path.relative(process.cwd(), path.join(contentRoot, file.path))}`);
console.log(
  'Fill in every blank and replace the <!-- comment --> with words, then run npm run check:content.',
);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
