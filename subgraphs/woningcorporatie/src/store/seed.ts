/**
 * Fictitious demo data for the housing corporation: about 25% of the population is known here; most of them rent
 * a dwelling in Voorbeeldstad, and some are in arrears, with the collection steps taken so far. Deterministic: the
 * same count gives the same data.
 */
import { type Kysely } from 'kysely';
import { type ClientRegisterTable, inChunks, partnerPopulation, pick, randomDate, randomInt } from '../../../../partner-kit';
import { COLLECTION_STEP_TYPES } from './models';
import { type CollectionStepTable, type RentArrearsTable, type TenancyTable, type WoningcorporatieDatabase } from './schema';

const CITY = 'Voorbeeldstad';
const STREETS = [
  'Voorbeeldstraat',
  'Lindelaan',
  'Kastanjehof',
  'Molenweg',
  'Schoolstraat',
  'Populierenplein',
  'Havenkade',
  'Zonnebloemstraat',
];
/** Letters of the fictitious postal codes; S is left out, so none ends in SA, SD or SS (not issued in the Netherlands). */
const POSTAL_CODE_LETTERS = 'ABCDEGHJKLMNPRTVWXZ'.split('');

export async function seedWoningcorporatie(db: Kysely<WoningcorporatieDatabase>, clientCount: number): Promise<void> {
  const clients: ClientRegisterTable[] = [];
  const tenancies: TenancyTable[] = [];
  const arrears: RentArrearsTable[] = [];
  const steps: CollectionStepTable[] = [];

  for (const { bsn, random, index } of partnerPopulation('woningcorporatie', clientCount, 0.25)) {
    const isDemo = index === 0;
    clients.push({ bsn, registered_on: randomDate(random, 9000, 60) });
    const rentCents = randomInt(random, 45_000, 90_000);
    if (isDemo || random() < 0.9) {
      tenancies.push({
        bsn,
        street: pick(random, STREETS),
        house_number: `${randomInt(random, 1, 240)}${random() < 0.1 ? pick(random, ['A', 'B']) : ''}`,
        postal_code: `${randomInt(random, 1230, 1239)} ${pick(random, POSTAL_CODE_LETTERS)}${pick(random, POSTAL_CODE_LETTERS)}`,
        city: CITY,
        start_date: randomDate(random, 9000, 60),
        monthly_rent_cents: rentCents,
      });
    }
    if (isDemo || random() < 0.3) {
      // Arrears of former tenants stay on record after the tenancy ended.
      const months = isDemo ? 2 : randomInt(random, 1, 8);
      arrears.push({ bsn, amount_cents: randomInt(random, (months - 1) * rentCents + 1, months * rentCents), months });
      // The steps escalate in their usual order, ten to twenty days apart, the last one before 2026-11-01.
      const stepCount = isDemo ? 2 : randomInt(random, 0, Math.min(COLLECTION_STEP_TYPES.length, months + 1));
      let daysBack = randomInt(random, 20 * stepCount, 30 * months + 20 * stepCount);
      COLLECTION_STEP_TYPES.slice(0, stepCount).forEach((step, n) => {
        steps.push({ id: `${bsn}-${n + 1}`, bsn, step, step_date: randomDate(random, daysBack, daysBack) });
        daysBack -= randomInt(random, 10, 20);
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    await inChunks(clients, 500, (rows) => trx.insertInto('client').values(rows).execute());
    await inChunks(tenancies, 500, (rows) => trx.insertInto('tenancy').values(rows).execute());
    await inChunks(arrears, 500, (rows) => trx.insertInto('rent_arrears').values(rows).execute());
    await inChunks(steps, 500, (rows) => trx.insertInto('collection_step').values(rows).execute());
  });
}
