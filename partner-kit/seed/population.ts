/**
 * The fictitious demo population, the same for every subgraph: client i always has the same BSN, and whether a
 * partner knows a client is a deterministic draw, so the partners overlap the way real ones do (not every client
 * is known everywhere) without sharing a data file. All BSNs are fictitious: 999xxxxxx first, then 990–998xxxxxx.
 */
import { completeBsn } from '../../common';

/** The first client is known to every partner and is the one `npm start` prints. */
export const DEMO_BSN_INDEX = 0;

/** Eight-digit prefixes in the order they are used: 999xxxxx first (about 90,900 BSNs), then 990xxxxx–998xxxxx. */
const PREFIX_RANGES: ReadonlyArray<readonly [number, number]> = [
  [99900000, 99999999],
  [99000000, 99899999],
];

export function demoBsns(count: number): string[] {
  const bsns: string[] = [];
  for (const [first, last] of PREFIX_RANGES) {
    for (let prefix = first; prefix <= last && bsns.length < count; prefix += 1) {
      const bsn = completeBsn(String(prefix));
      if (bsn) bsns.push(bsn);
    }
  }
  if (bsns.length < count) throw new Error(`The fictitious range holds fewer than ${count} BSNs`);
  return bsns;
}

/** FNV-1a, 32-bit: a stable hash of a string. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic pseudo-random generator (mulberry32) seeded with a string. Returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hash32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks a random element; the list must not be empty. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** An ISO date `daysBack` days before 2026-11-01 at most, for stable demo data. */
export function randomDate(random: () => number, maxDaysBack: number, minDaysBack = 0): string {
  const base = Date.UTC(2026, 10, 1);
  const days = randomInt(random, minDaysBack, maxDaysBack);
  return new Date(base - days * 86_400_000).toISOString().slice(0, 10);
}

export interface PopulationMember {
  index: number;
  bsn: string;
  /** A generator for this client's data at this partner; the same every run. */
  random: () => number;
}

/**
 * The clients a partner knows: each client with probability `share`, and the demo client always.
 */
export function partnerPopulation(partner: string, count: number, share: number): PopulationMember[] {
  return demoBsns(count).flatMap((bsn, index) => {
    const random = seededRandom(`${partner}:${bsn}`);
    const known = index === DEMO_BSN_INDEX || random() < share;
    return known ? [{ index, bsn, random }] : [];
  });
}

export function seedCountFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEED_CLIENTS ?? (env.NODE_ENV === 'production' ? '0' : '10000');
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) {
    throw new Error(`SEED_CLIENTS must be a whole number from 0 (no demo data) to 1,000,000, got "${raw}"`);
  }
  return count;
}
