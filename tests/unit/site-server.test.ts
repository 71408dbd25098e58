import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressSite } from '@/lib/build/precompress';
import { createSiteHandler, requestTarget } from '@/lib/serve/site-server';

/** A server for `root`; with memory off, every file goes through sirv. */
async function listen(
  root: string,
  memory: boolean,
): Promise<{ origin: string; close: () => void }> {
  const server = http.createServer(createSiteHandler(root, { memory }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

const COMPARED = [
  'content-type',
  'content-encoding',
  'content-length',
  'content-disposition',
  'cache-control',
  'content-security-policy',
  'etag',
  'last-modified',
  'vary',
  'x-content-type-options',
];

async function answer(origin: string, address: string, init: RequestInit = {}) {
  const response = await fetch(origin + address, { ...init, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries(COMPARED.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: body.toString('base64') };
}

describe('the server behind npm start', () => {
  let root: string;
  let fromMemory: Awaited<ReturnType<typeof listen>>;
  let viaSirv: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-server-'));
    const files: Record<string, string> = {
      'index.html': `<!doctype html><title>Home</title><script>1</script>${'<p>x</p>'.repeat(500)}`,
      '404.html': '<!doctype html><title>Not found</title>',
      'ruling/index.html': `<!doctype html><title>Ruling</title>${'<p>y</p>'.repeat(500)}`,
      'cite/ruling.bib': '@misc{ruling}\n',
      'cite/ruling.json': '[{"id":"ruling"}]\n',
      '_next/static/chunks/a1b2.css': 'body{color:black}\n'.repeat(50),
      'og/ruling.png': '\x89PNG',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    await precompressSite(root);
    [fromMemory, viaSirv] = await Promise.all([listen(root, true), listen(root, false)]);
  });

  afterAll(() => {
    fromMemory?.close();
    viaSirv?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers from memory exactly as sirv answers from disk', async () => {
    const cases: [string, Record<string, string>][] = [];
    for (const address of [
      '/',
      '/ruling/',
      '/cite/ruling.bib',
      '/cite/ruling.json',
      '/_next/static/chunks/a1b2.css',
      '/og/ruling.png',
    ])
      for (const accept of ['br, gzip', 'gzip, deflate', 'identity'])
        cases.push([address, { 'Accept-Encoding': accept }]);
    for (const [address, headers] of cases) {
      const memory = await answer(fromMemory.origin, address, { headers });
      expect(memory).toEqual(await answer(viaSirv.origin, address, { headers }));
      expect(memory.status).toBe(200);
      const revalidated = { ...headers, 'If-None-Match': memory.headers.etag! };
      const notModified = await answer(fromMemory.origin, address, { headers: revalidated });
      expect(notModified.status, address).toBe(304);
      expect((await answer(viaSirv.origin, address, { headers: revalidated })).status).toBe(304);
    }
  });

  it('sends the best encoding accepted, with the headers of its file', async () => {
    const home = await answer(fromMemory.origin, '/', {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(home.headers['content-encoding']).toBe('br');
    expect(home.headers['vary']).toBe('Accept-Encoding');
    expect(home.headers['content-security-policy']).toMatch(
      /script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
    const bib = await answer(fromMemory.origin, '/cite/ruling.bib');
    expect(bib.headers['content-disposition']).toBe('attachment; filename="ruling.bib"');
    expect(bib.headers['content-type']).toBe('application/x-bibtex; charset=utf-8');
    const json = await answer(fromMemory.origin, '/cite/ruling.json');
    expect(json.headers['content-type']).toBe(
      'application/vnd.citationstyles.csl+json; charset=utf-8',
    );
    expect(
      (await answer(fromMemory.origin, '/_next/static/chunks/a1b2.css')).headers['cache-control'],
    ).toBe('public, max-age=31536000, immutable');
  });

  it('redirects a folder without its slash, and answers 404, 405 and 400', async () => {
    const redirect = await fetch(`${fromMemory.origin}/ruling?q=1`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/ruling/?q=1');
    const missing = await answer(fromMemory.origin, '/ruling/nothing');
    expect(missing.status).toBe(404);
    expect(Buffer.from(missing.body, 'base64').toString()).toContain('Not found');
    expect((await fetch(`${fromMemory.origin}/`, { method: 'POST' })).status).toBe(405);
    expect(requestTarget('/%E0%A4%A')).toBeNull();
    expect(requestTarget('*')).toBeNull();
    expect(requestTarget('/a%00b')).toBeNull();
    expect(requestTarget('http://example.org/ruling/?x')).toEqual({
      pathname: '/ruling/',
      search: '?x',
    });
  });
});
