/**
 * Moved pages keep working in the built site, without JavaScript: a static redirect page at each old
 * path. (Renamed fragments are rendered by the components themselves, see AliasMarkers, because
 * editing the HTML after the build would not match what React hydrates.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnchorAliases } from './aliases';

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function htmlFile(outDir: string, route: string): string {
  return path.join(outDir, route.replace(/^\//, ''), 'index.html');
}

export function applyAliases(outDir: string, aliases: AnchorAliases, siteUrl = ''): string[] {
  const applied: string[] = [];
  for (const [from, to] of Object.entries(aliases.pages)) {
    writeRedirect(outDir, from, to, siteUrl);
    applied.push(`${from} → ${to}`);
  }
  return applied;
}

/** A static page that sends readers (and crawlers) on, keeping any #fragment they came with. */
function writeRedirect(outDir: string, from: string, to: string, siteUrl: string): void {
  const file = htmlFile(outDir, from);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const href = escapeAttr(to);
  fs.writeFileSync(
    file,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved to ${href}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeAttr(siteUrl)}${href}">
<script>location.replace(${JSON.stringify(to).replace(/</g, '\\u003c')} + location.hash)</script>
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved to <a href="${href}">${href}</a>.</p>
</body>
</html>
`,
  );
}
