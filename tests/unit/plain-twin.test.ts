import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStamp, writeStamp } from '@/lib/build/stamp';
import { elementCount, plainTwin, writeTwinSite } from '@/scripts/lib/plain-twin';

const page = [
  '<!DOCTYPE html><html lang="es"><head><title>La sentencia</title>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script type="module" src="/assets/page-enhancements.js"></script></head><body>',
  '<header><a href="/es/">Marca</a><nav><ul><li><a href="/es/ruling/">Sentencia</a></li></ul></nav></header>',
  '<main><h1>La sentencia <button type="button" aria-hidden="true">copiar</button></h1>',
  '<p>Texto <a href="#f1"><span>[1]</span></a> con <svg><path d=""/></svg>fuente.</p>',
  '<noscript><a href="https://example.org">Oficial</a></noscript>',
  '<div hidden><p>oculto</p></div></main></body></html>',
].join('');

const made: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twin-'));
  made.push(dir, `${dir}.deploy`);
  return dir;
};
afterEach(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('a page’s plain twin', () => {
  it('keeps the words in order and drops controls, icons, hidden and no-script content', () => {
    const twin = plainTwin(page);
    expect(twin).toContain('<html lang="es">');
    expect(twin).toContain('<title>La sentencia</title>');
    expect(twin).toContain('<h1>La sentencia</h1><p>Texto [1] con fuente.</p>');
    expect(twin).toContain('<ul><li>Sentencia</li></ul>');
    for (const gone of ['stylesheet', '<script', 'copiar', '<svg', 'Oficial', 'oculto', '<a '])
      expect(twin).not.toContain(gone);
    expect(elementCount(twin)).toBeLessThan(elementCount(page));
  });

  it('is written as a site the bench’s server accepts: same paths, compressed, stamped', async () => {
    const out = tempDir();
    const twins = tempDir();
    fs.mkdirSync(path.join(out, 'es'));
    fs.writeFileSync(path.join(out, 'index.html'), page.replace('lang="es"', 'lang="en"'));
    fs.writeFileSync(path.join(out, 'es', 'index.html'), page);
    writeStamp(out, { inputs: 'abc', siteUrl: 'http://localhost:4173', builtAt: 'now' });
    fs.writeFileSync(path.join(twins, 'stale.html'), 'from an earlier run');

    expect(await writeTwinSite(out, twins)).toBe(2);
    expect(fs.readFileSync(path.join(twins, 'es', 'index.html'), 'utf8')).toBe(plainTwin(page));
    expect(fs.existsSync(path.join(twins, 'es', 'index.html.gz'))).toBe(true);
    expect(fs.existsSync(path.join(twins, 'index.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(twins, 'stale.html'))).toBe(false);
    expect(readStamp(twins)?.inputs).toBe('abc');
  });
});
