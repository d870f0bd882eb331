/** What a running process has used, read from /proc (Linux): resident memory and CPU time. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Resident memory now and at its peak, in MB. */
export function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU time (user and system) the process has used so far, in ms: its own work, whatever else runs on the machine. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Starts counting the processes' CPU time; the returned function gives each one's ms since, by label. */
export function cpuSince(processes: ReadonlyArray<{ label: string; pid: number }>): () => Record<string, number> {
  const before = processes.map(({ pid }) => cpuMs(pid));
  return () => Object.fromEntries(processes.map(({ label, pid }, i) => [label, cpuMs(pid) - (before[i] ?? 0)]));
}
