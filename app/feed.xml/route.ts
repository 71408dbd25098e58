import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { getSite } from '@/lib/content/site';
import { latestUpdate } from '@/lib/data-export';
import { plainText } from '@/lib/markdown/parse';
import { absoluteUrl, SITE_NAME } from '@/lib/site-config';

export const dynamic = 'force-static';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The entry's text, one block after another: a correction's list items must not run together. */
function summaryOf(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    blocks.push(plainText(node));
    return SKIP;
  });
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

/** Atom feed of the change log: additions, updates and corrections. */
export function GET() {
  const site = getSite();
  const entries = site.changes.map((change) => {
    const url = absoluteUrl(`/changes/#${change.id}`);
    return `  <entry>
    <id>${escape(url)}</id>
    <title>${escape(change.data.title)}</title>
    <link href="${escape(url)}"/>
    <updated>${change.data.date}T00:00:00Z</updated>
    <category term="${change.data.kind}"/>
    <summary>${escape(summaryOf(change.tree))}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(absoluteUrl('/'))}</id>
  <title>${escape(SITE_NAME)}: changes and corrections</title>
  <link href="${escape(absoluteUrl('/feed.xml'))}" rel="self"/>
  <link href="${escape(absoluteUrl('/changes/'))}"/>
  <updated>${latestUpdate(site)}T00:00:00Z</updated>
  <author><name>${escape(SITE_NAME)}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
