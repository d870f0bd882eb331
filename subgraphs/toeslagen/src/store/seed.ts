/**
 * Fictitious demo data for the allowances office: about 45% of the population is known here; of those, most
 * receive care allowance, fewer rent allowance, some over several years, and some have to pay an excess back.
 * Deterministic: the same count gives the same data.
 */
import { type Kysely } from 'kysely';
import { type ClientRegisterTable, inChunks, partnerPopulation, pick, randomDate, randomInt } from '../../../../partner-kit';
import { ALLOWANCE_KINDS, type AllowanceKind } from './models';
import { type AllowanceTable, type RecoveryTable, type ToeslagenDatabase } from './schema';

/** The years an allowance can run in, newest first; the demo data ends in 2026. */
const ALLOWANCE_YEARS = [2026, 2025, 2024] as const;

/** Share of the known clients that receive each kind, and the range of monthly advances (fictitious), in cents. */
const ALLOWANCE_PROFILE = {
  RENT_ALLOWANCE: { share: 0.45, minCents: 4_000, maxCents: 42_000 },
  CARE_ALLOWANCE: { share: 0.85, minCents: 2_000, maxCents: 13_100 },
} as const satisfies Record<AllowanceKind, { share: number; minCents: number; maxCents: number }>;

export async function seedToeslagen(db: Kysely<ToeslagenDatabase>, clientCount: number): Promise<void> {
  const clients: ClientRegisterTable[] = [];
  const allowances: AllowanceTable[] = [];
  const recoveries: RecoveryTable[] = [];

  for (const { bsn, random, index } of partnerPopulation('toeslagen', clientCount, 0.45)) {
    const isDemo = index === 0;
    clients.push({ bsn, registered_on: randomDate(random, 3650, 30) });
    let allowanceNumber = 0;
    for (const kind of ALLOWANCE_KINDS) {
      const profile = ALLOWANCE_PROFILE[kind];
      if (!isDemo && random() >= profile.share) continue;
      // The current year and, for some clients, the years before it (the demo client: two years).
      const yearCount = isDemo ? 2 : randomInt(random, 1, ALLOWANCE_YEARS.length);
      for (const year of ALLOWANCE_YEARS.slice(0, yearCount)) {
        allowanceNumber += 1;
        allowances.push({
          id: `${bsn}-${allowanceNumber}`,
          bsn,
          kind,
          year,
          monthly_advance_cents: randomInt(random, profile.minCents, profile.maxCents),
        });
      }
    }
    const recoveryCount = isDemo ? 1 : random() < 0.25 ? randomInt(random, 1, 2) : 0;
    for (let n = 0; n < recoveryCount; n++) {
      const originalCents = isDemo ? 48_000 : randomInt(random, 5_000, 250_000);
      const outstandingCents = isDemo ? 31_200 : random() < 0.3 ? 0 : randomInt(random, 1, originalCents);
      recoveries.push({
        id: `${bsn}-${n + 1}`,
        bsn,
        allowance_kind: isDemo ? 'CARE_ALLOWANCE' : pick(random, ALLOWANCE_KINDS),
        year: isDemo ? 2024 : 2025 - 2 * n - randomInt(random, 0, 1),
        original_amount_cents: originalCents,
        amount_outstanding_cents: outstandingCents,
        payment_arrangement: isDemo || (outstandingCents > 0 && random() < 0.5) ? 1 : 0,
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    await inChunks(clients, 500, (rows) => trx.insertInto('client').values(rows).execute());
    await inChunks(allowances, 500, (rows) => trx.insertInto('allowance').values(rows).execute());
    await inChunks(recoveries, 500, (rows) => trx.insertInto('recovery').values(rows).execute());
  });
}
