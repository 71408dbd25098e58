/**
 * `npm run check:content`: every content problem at once, each with file, field, line, what is
 * wrong and how to fix it. Exits 1 when anything is wrong.
 *   usage: tsx scripts/check-content.ts [content-dir]   (or CONTENT_DIR=…)
 */
import path from 'node:path';
import { formatProblems } from '../lib/content/errors';
import { buildSite } from '../lib/content/site';

const contentRoot = path.resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const { site, problems, stale } = buildSite(contentRoot);
const ms = Math.round(performance.now() - started);

// Stale translations are reported, not failed: the Spanish page says the English one is newer.
if (stale.length) {
  console.warn(`Spanish translations older than their English page (${stale.length}):`);
  for (const entry of stale) {
    console.warn(
      `  ${entry.file}: translates ${entry.englishVersion}; ${entry.englishFile} updated ${entry.englishUpdated}`,
    );
  }
}

if (problems.length) {
  console.error(formatProblems(problems, site.fileCount));
  console.error(`${problems.length} problem(s). Checked in ${ms} ms.`);
  process.exit(1);
}
console.log(
  `✔ ${site.fileCount} content files valid (${site.pages.size} pages, ${site.statutes.size} statutes, ${site.events.length} events, ${site.terms.size} terms, ${site.sources.size} sources; each page, event, term and statute also in Spanish) in ${ms} ms.`,
);
