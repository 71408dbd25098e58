/**
 * The anchor registry: every page URL and fragment id the site has published. Published links
 * must keep landing, so a page or id that disappears fails the content check unless an alias maps
 * it to its new place. Aliases work without JavaScript: an element carrying the old id is placed
 * just before the new target, and a moved page gets a static redirect page (lib/anchors/apply.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { ContentProblem } from '../content/errors';
import { englishPath } from '../i18n/locale';
import { LAYOUT_IDS } from '../content/routes';
import type { Site } from '../content/model';
import { aliasesSchema, type AnchorAliases } from './aliases';

export const MANIFEST_FILE = 'published-anchors.json';
export const ALIASES_FILE = 'anchor-aliases.yaml';

/** route → sorted fragment ids. */
export type AnchorManifest = Record<string, string[]>;

/** The anchors the site has now, in manifest form (layout ids left out: they are on every page). */
export function currentManifest(site: Site): AnchorManifest {
  const manifest: AnchorManifest = {};
  for (const [route, ids] of [...site.anchors].sort(([a], [b]) => a.localeCompare(b))) {
    manifest[route] = [...ids]
      .filter((id) => !(LAYOUT_IDS as readonly string[]).includes(id))
      .sort();
  }
  return manifest;
}

export function readRegistry(
  contentRoot: string,
  problems: ContentProblem[],
): { manifest?: AnchorManifest; aliases: AnchorAliases } {
  const manifestPath = path.join(contentRoot, MANIFEST_FILE);
  const aliasesPath = path.join(contentRoot, ALIASES_FILE);
  let manifest: AnchorManifest | undefined;
  let aliases: AnchorAliases = { pages: {}, fragments: {} };
  if (fs.existsSync(manifestPath))
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as AnchorManifest;
  if (fs.existsSync(aliasesPath)) {
    const parsed = aliasesSchema.safeParse(
      yaml.load(fs.readFileSync(aliasesPath, 'utf8'), { schema: yaml.CORE_SCHEMA }) ?? {},
    );
    if (parsed.success) aliases = parsed.data;
    else
      for (const issue of parsed.error.issues)
        problems.push({
          file: `content/${ALIASES_FILE}`,
          field: issue.path.join('.') || 'file',
          message: issue.message,
        });
  }
  return { ...(manifest ? { manifest } : {}), aliases };
}

/** Published anchors that no longer resolve, and aliases that point nowhere. */
export function checkRegistry(
  site: Site,
  manifest: AnchorManifest | undefined,
  aliases: AnchorAliases,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const exists = (route: string, id?: string) => {
    const ids = site.anchors.get(route);
    return Boolean(ids && (id === undefined || ids.has(id)));
  };
  for (const [from, to] of Object.entries(aliases.pages)) {
    if (!exists(to))
      problems.push({
        file: `content/${ALIASES_FILE}`,
        field: `pages.${from}`,
        message: `Alias target ${to} does not exist`,
        fix: 'Point the alias at a page the site builds',
      });
    if (exists(from))
      problems.push({
        file: `content/${ALIASES_FILE}`,
        field: `pages.${from}`,
        message: `${from} still exists: an alias would hide it`,
        fix: 'Remove the alias',
      });
  }
  for (const [from, to] of Object.entries(aliases.fragments)) {
    const [route, id] = to.split('#') as [string, string];
    const [fromRoute, oldId] = from.split('#') as [string, string];
    if (!exists(route, id))
      problems.push({
        file: `content/${ALIASES_FILE}`,
        field: `fragments.${from}`,
        message: `Alias target ${to} does not exist`,
        fix: 'Point the alias at an id that exists',
      });
    else if (fromRoute !== route && aliases.pages[fromRoute] !== route) {
      problems.push({
        file: `content/${ALIASES_FILE}`,
        field: `fragments.${from}`,
        message: `A fragment alias must stay on its page unless the page itself moved`,
        fix: `Also alias the page: pages: { "${fromRoute}": "${route}" }`,
      });
    } else if (exists(route, oldId)) {
      problems.push({
        file: `content/${ALIASES_FILE}`,
        field: `fragments.${from}`,
        message: `#${oldId} still exists on ${route}: an alias would duplicate it`,
        fix: 'Remove the alias',
      });
    }
  }
  if (!manifest) return problems;
  for (const [route, ids] of Object.entries(manifest)) {
    // Aliases are written once, for the English path; they cover the Spanish counterpart too.
    const aliasKey = englishPath(route);
    const routeAlias = aliases.pages[aliasKey];
    if (!exists(route)) {
      if (!routeAlias) {
        problems.push({
          file: `content/${MANIFEST_FILE}`,
          field: route,
          message: `Published page ${route} no longer exists`,
          fix: `Links to it are public. Restore it, or add to content/${ALIASES_FILE}:  pages: { "${route}": "/new-path/" }`,
        });
      }
      continue;
    }
    for (const id of ids) {
      if (exists(route, id) || aliases.fragments[`${aliasKey}#${id}`]) continue;
      problems.push({
        file: contentFileFor(site, route),
        field: `#${id}`,
        message: `Published anchor ${route}#${id} no longer exists`,
        fix: `Links to it are public. Restore the id (e.g. an explicit {#${id}} on the heading), or add to content/${ALIASES_FILE}:  fragments: { "${route}#${id}": "${route}#new-id" }`,
      });
    }
  }
  return problems;
}

/** New anchors are added; published ones are never dropped (removal needs an alias instead). */
export function mergeManifest(
  previous: AnchorManifest | undefined,
  current: AnchorManifest,
): AnchorManifest {
  const merged: AnchorManifest = {};
  for (const route of [
    ...new Set([...Object.keys(previous ?? {}), ...Object.keys(current)]),
  ].sort()) {
    merged[route] = [...new Set([...(previous?.[route] ?? []), ...(current[route] ?? [])])].sort();
  }
  return merged;
}

function contentFileFor(site: Site, route: string): string {
  for (const page of site.pages.values()) if (page.route === route) return page.file;
  for (const statute of site.statutes.values()) if (statute.route === route) return statute.file;
  return `content/${MANIFEST_FILE}`;
}

/** Old ids that must be rendered as markers inside the element with `id` on `route`. */
export function aliasMarkers(
  aliases: AnchorAliases | undefined,
  route: string,
  id: string,
): string[] {
  if (!aliases) return [];
  const markers: string[] = [];
  for (const [from, to] of Object.entries(aliases.fragments)) {
    if (to === `${route}#${id}`) markers.push(from.split('#')[1]!);
  }
  return markers;
}
