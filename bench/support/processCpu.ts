/** CPU time a benchmark's processes use (Linux /proc): work per request, which stays comparable on a busy machine. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU time (user and system) the process has used so far, in ms. */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Starts counting the processes' CPU time; the returned function gives each one's ms since, by label. */
export function cpuSince(processes: ReadonlyArray<{ label: string; pid: number }>): () => Record<string, number> {
  const before = processes.map(({ pid }) => processCpuMs(pid));
  return () => Object.fromEntries(processes.map(({ label, pid }, i) => [label, processCpuMs(pid) - (before[i] ?? 0)]));
}
