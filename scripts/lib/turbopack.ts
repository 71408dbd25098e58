/**
 * Just enough of Turbopack's production output to attribute JavaScript bytes to modules.
 *
 * A browser chunk is one statement, `(globalThis.TURBOPACK ||= []).push([currentScript, id,
 * factory, id, factory, …])`, where each factory receives Turbopack's context as its first
 * parameter and imports other modules with `ctx.i(id)`, `ctx.r(id)` and the like. The client
 * reference manifests Next writes to .next/server/app/**\/*_client-reference-manifest.js map
 * source files (`[project]/components/search/SearchBox.client.tsx`) to those numeric ids.
 *
 * If Next changes this format the parse fails loudly (ChunkFormatError): the budgets then need
 * updating, never silently passing.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parse, type Expression, type Node, type SpreadElement } from 'acorn';

export class ChunkFormatError extends Error {
  constructor(file: string, why: string) {
    super(
      `${file}: not a Turbopack chunk this script understands (${why}). Update scripts/lib/turbopack.ts for the new format.`,
    );
    this.name = 'ChunkFormatError';
  }
}

export interface ChunkModule {
  id: number;
  /** Source offsets of the `id, factory` pair inside the chunk. */
  start: number;
  end: number;
  /** Module ids this module's factory imports. */
  deps: number[];
}

export interface Chunk {
  file: string;
  source: string;
  /** Empty for a chunk that is not a module list (the Turbopack runtime, polyfills). */
  modules: Map<number, ChunkModule>;
}

type ArrayElement = Expression | SpreadElement | null;

function isFactory(node: ArrayElement): node is Extract<Expression, { params: unknown }> {
  return node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression';
}

/** The array passed to `TURBOPACK.push([...])`, or null when the chunk is something else. */
function pushedArray(program: Node & { body: Node[] }): ArrayElement[] | null {
  if (program.body.length !== 1) return null;
  const statement = program.body[0];
  if (statement?.type !== 'ExpressionStatement') return null;
  const call = (statement as Node & { expression: Expression }).expression;
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return null;
  const property = call.callee.property;
  if (property.type !== 'Identifier' || property.name !== 'push') return null;
  const array = call.arguments[0];
  return array?.type === 'ArrayExpression' ? array.elements : null;
}

export function readChunk(root: string, src: string): Chunk {
  const file = path.join(root, src);
  const source = fs.readFileSync(file, 'utf8');
  const modules = new Map<number, ChunkModule>();
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const elements = pushedArray(program);
  if (!elements) return { file: src, source, modules };
  for (let i = 1; i < elements.length; i += 2) {
    const idNode = elements[i];
    const factory = elements[i + 1] ?? null;
    if (idNode?.type !== 'Literal' || typeof idNode.value !== 'number' || !isFactory(factory)) {
      throw new ChunkFormatError(src, `element ${i} is not an "id, factory" pair`);
    }
    const context = factory.params[0];
    const deps = new Set<number>();
    if (context?.type === 'Identifier') {
      const body = source.slice(factory.body.start, factory.body.end);
      const call = new RegExp(`\\b${context.name}\\.[A-Za-z]\\((\\d+)\\)`, 'g');
      for (const match of body.matchAll(call)) deps.add(Number(match[1]));
    }
    // The pair starts after the comma that precedes the id.
    modules.set(idNode.value, {
      id: idNode.value,
      start: idNode.start,
      end: factory.end,
      deps: [...deps],
    });
  }
  return { file: src, source, modules };
}

/** The chunk's source with the given modules taken out (what it would be without them). */
export function chunkWithout(chunk: Chunk, ids: Set<number>): string {
  const cut = [...chunk.modules.values()]
    .filter((m) => ids.has(m.id))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of cut) {
    // Drop the comma before the pair too, so the remainder is still a valid array.
    const comma = chunk.source.lastIndexOf(',', m.start);
    out += chunk.source.slice(at, comma);
    at = m.end;
  }
  return out + chunk.source.slice(at);
}

export interface ClientReference {
  /** Repository path for project files, `next/…` for the framework's own. */
  name: string;
  id: number;
  project: boolean;
}

/** Every client reference in the build, by module id, from Next's client reference manifests. */
export function clientReferences(nextDir = '.next'): Map<number, ClientReference> {
  const appDir = path.join(nextDir, 'server', 'app');
  if (!fs.existsSync(appDir))
    throw new Error(`No ${appDir}: run "npm run build" first (the budgets read Next's manifests).`);
  const references = new Map<number, ClientReference>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, Manifest> } = {};
        sandbox.globalThis = sandbox;
        vm.runInNewContext(fs.readFileSync(full, 'utf8'), sandbox, {
          filename: full,
          timeout: 1000,
        });
        for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
          for (const [key, entry] of Object.entries(manifest.clientModules)) {
            const name = key
              .replace(/^\[project\]\//, '')
              .replace(/ <[^>]+>$/, '')
              .replace(/^node_modules\//, '');
            const project =
              key.startsWith('[project]/') && !key.startsWith('[project]/node_modules/');
            references.set(Number(entry.id), { name, id: Number(entry.id), project });
          }
        }
      }
    }
  };
  walk(appDir);
  return references;
}

interface Manifest {
  clientModules: Record<string, { id: number | string; chunks: string[] }>;
}

/** Module ids reachable from the roots through the factories' imports, within the given chunks. */
export function reachable(roots: Iterable<number>, modules: Map<number, ChunkModule>): Set<number> {
  const seen = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const dep of modules.get(id)?.deps ?? []) stack.push(dep);
  }
  return seen;
}
