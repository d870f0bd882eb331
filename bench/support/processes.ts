/** Starting and stopping the benchmark's server processes, pinning them to CPU cores, and finding free ports. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
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

const TASKSET = '/usr/bin/taskset';
// Read before this process pins itself: afterwards availableParallelism() counts only the core it is pinned to, and a
// second chain in the same benchmark would be left unpinned, all of it on the load generator's core.
const CORES_AT_START = availableParallelism();

/**
 * Cores to keep the gateway under test apart from everything else (subgraphs, load generator), so the two do not
 * steal each other's time: `{ gateway: '0', rest: '1' }` where taskset exists and there are at least two cores,
 * else null (nothing is pinned). BENCH_PIN=off leaves every process to the scheduler, to compare with figures measured
 * that way.
 */
export function benchCores(): { gateway: string; rest: string } | null {
  if (process.env.BENCH_PIN === 'off') return null;
  return existsSync(TASKSET) && CORES_AT_START >= 2 ? { gateway: '0', rest: '1' } : null;
}

/** Pins this process (every thread) to the given cores, e.g. the load generator to `benchCores().rest`. */
export function pinThisProcess(cores: string): void {
  execFileSync(TASKSET, ['-a', '-c', '-p', cores, String(process.pid)], { stdio: 'ignore' });
}

/** BENCH_CPU_PROF=<folder>: every server process writes a V8 CPU profile there when it stops (open it in Chrome's DevTools). */
function profilingFlags(): string[] {
  const folder = process.env.BENCH_CPU_PROF;
  return folder ? ['--cpu-prof', `--cpu-prof-dir=${folder}`] : [];
}

/**
 * Runs a TypeScript entry point in its own Node process and resolves once it prints READY (or its health is up);
 * with `cores` (e.g. '0') and taskset present, the process runs on those cores only.
 */
export function startProcess(entry: string, env: NodeJS.ProcessEnv, readyUrl?: string, cores?: string): Promise<ChildProcess> {
  const node = [process.execPath, ...profilingFlags(), '--import', 'tsx', join(ROOT, entry)];
  const [command = process.execPath, ...args] = cores && existsSync(TASKSET) ? [TASKSET, '-c', cores, ...node] : node;
  const child = spawn(command, args, {
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
