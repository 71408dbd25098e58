/**
 * `npm run review:sources`: every sentence of our prose that cites a source, printed beside what
 * each cited source's entry says it holds (its `facts:` list and confidence), with the key facts
 * the sentence gives (content/fact-rules.yaml `keys`). A line marked ✖ gives a key fact no cited
 * source holds (the content check fails on it too); the rest is for a human to read: the check
 * knows numbers, dates and names, not what a sentence claims.
 *   usage: tsx scripts/review-sources.ts [content-dir] [--only-flagged] [--file=<substring>]
 */
import path from 'node:path';
import { loadContent } from '../lib/content/load';
import { lintContext } from '../lib/content/lint';
import { lineOf } from '../lib/content/lint/prose';
import { reviewSentences, sourceFacts } from '../lib/content/lint/source-facts';

const args = process.argv.slice(2);
const contentRoot = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'content');
const onlyFlagged = args.includes('--only-flagged');
const fileFilter = args.find((a) => a.startsWith('--file='))?.slice('--file='.length);

const context = lintContext(contentRoot, loadContent(contentRoot));
const sources = sourceFacts(context);
let sentences = 0;
let flagged = 0;
let lastFile = '';
for (const review of reviewSentences(context)) {
  if (!review.refs.length) continue;
  if (fileFilter && !review.prose.file.includes(fileFilter)) continue;
  sentences++;
  if (review.unheld.length) flagged++;
  else if (onlyFlagged) continue;
  if (review.prose.file !== lastFile) {
    console.log(`\n## ${review.prose.file}`);
    lastFile = review.prose.file;
  }
  const line = lineOf(review.prose, review.sentence.start);
  const mark = review.unheld.length ? '✖' : ' ';
  console.log(`${mark} ${line ? `line ${line}` : review.prose.field}: ${review.text}`);
  if (review.keys.length)
    console.log(
      `    gives: ${review.keys.map((k) => `${k.key} (${k.facts.join('/')})`).join('; ')}`,
    );
  for (const id of new Set(review.refs)) {
    const source = sources.get(id);
    console.log(
      `    [@${id}] ${source ? `${source.kind}, ${source.confidence}; holds ${source.facts.join(', ') || 'no listed facts'}` : 'unknown source'}`,
    );
  }
}
console.log(
  `\n${sentences} sentences with sources; ${flagged} give a key fact no cited source holds.`,
);
