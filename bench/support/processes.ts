/** Starting and stopping the benchmark's server processes, and finding free ports. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs a TypeScript entry point in its own Node process and resolves once it prints READY (or its health is up). */
export function startProcess(entry: string, env: NodeJS.ProcessEnv, readyUrl?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry)], {
    env: { ...process.env, LOG_LEVEL: 'error', NODE_ENV: 'benchmark', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start within 180 s`)), 180_000);
    const done = () => {
      clearTimeout(timer);
      resolve(child);
    };
    child.once('exit', (code) => reject(new Error(`${entry} exited with code ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) done();
    });
    if (readyUrl) {
      const poll = async () => {
        try {
          if ((await fetch(readyUrl)).ok) return done();
        } catch {
          // not yet listening
        }
        setTimeout(() => void poll(), 200);
      };
      void poll();
    }
  });
}

export function stopProcesses(children: ChildProcess[]): void {
  for (const child of children) child.kill('SIGTERM');
}
