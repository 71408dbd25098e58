/**
 * Starts scripts/serve.ts (the same server and headers as `npm start`) on a free loopback
 * port as a child process, for the benchmarks. Only 127.0.0.1: nothing is exposed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface ServedSite {
  origin: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function serveOut(root = 'out', cwd = process.cwd()): Promise<ServedSite> {
  const port = await freePort();
  // One node process (no wrapper), so stopping it stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', root], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`scripts/serve.ts did not start on port ${port} within 30 s`)),
      30_000,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.ts exited with code ${code} before listening`));
    });
    child.stdout?.on('data', (data: Buffer) => {
      if (data.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { origin, child, stop };
}
