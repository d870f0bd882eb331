/**
 * The suite-wide search for personal data in logs, run by the global teardown: every line the servers of any test
 * file logged (suiteLog.ts) and every line of the service processes the tests started (cluster.ts), searched for the
 * demo population's BSNs (the first 10,000, more than any test seeds). test/noPersonalData.test.ts searches one
 * chain's traffic more closely (metrics too, and the seeded personal texts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoBsns } from '../../partner-kit/seed/population';

const POPULATION = 10_000;

export interface PersonalDataHit {
  file: string;
  line: string;
}

export function personalDataInLogs(dir: string): { files: number; lines: number; hits: PersonalDataHit[] } {
  const bsns = new Set(demoBsns(POPULATION));
  const files = readdirSync(dir).filter((name) => name.endsWith('.log'));
  let lines = 0;
  const hits: PersonalDataHit[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line === '') continue;
      lines += 1;
      // A nine-digit number on its own, not part of a longer number or a fraction.
      const found = [...line.matchAll(/(?<![\d.])\d{9}(?!\d)/g)].some(([digits]) => bsns.has(digits));
      if (found) hits.push({ file, line: line.slice(0, 500) });
    }
  }
  return { files: files.length, lines, hits };
}
