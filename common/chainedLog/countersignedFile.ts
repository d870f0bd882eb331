/**
 * Where a log's keeper keeps the countersignatures its witnesses returned: one file per log, a JSON line per
 * witnessed head, under DATA_DIR/witnessed/ and not in the log's store. A table beside the log would share the log's
 * fate: whoever rewrites the chain and its head row in that store can delete or roll back that table in the same
 * breath, and nothing would be left to compare with. The file lives elsewhere (another volume, another backup, other
 * permissions); the witness keeps its own copy in its own store; and a countersignature cannot be forged without
 * the witness's key, so the file can be lost but not falsified.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../config';

/** Where countersignatures are kept: DATA_DIR/witnessed. */
export function countersignedDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'witnessed');
}

/** The countersignature file of log `log` in `dir`. */
export function countersignedFile(log: string, dir: string): string {
  return join(dir, `${log}.jsonl`);
}

export function appendCountersignature(file: string, countersignature: string): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ countersignature })}\n`, { mode: 0o600 });
}

/** The countersignatures kept in `file`, oldest first (a line that holds none is returned as it is, to be refused). */
export function readCountersignatures(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        const parsed = JSON.parse(line) as { countersignature?: unknown };
        return typeof parsed.countersignature === 'string' ? parsed.countersignature : line;
      } catch {
        return line;
      }
    });
}
