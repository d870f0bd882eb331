/**
 * Fictitious demo data for the municipality: about 40% of the population is known here; of those, some receive
 * social assistance, some Wmo support, some are in debt help. Deterministic: the same count gives the same data.
 */
import { type Kysely } from 'kysely';
import { type ClientRegisterTable, inChunks, partnerPopulation, pick, randomDate, randomInt } from '../../../../partner-kit';
import { DEBT_HELP_STATUSES, HOUSEHOLD_TYPES, SOCIAL_ASSISTANCE_STATUSES, WMO_SUPPORT_TYPES } from './models';
import { type DebtHelpTable, type GemeenteDatabase, type SocialAssistanceTable, type WmoSupportTable } from './schema';

/** Participatiewet norm amounts per month (fictitious round figures), in cents. */
const NORM_CENTS = { SINGLE: 132_000, SINGLE_PARENT: 132_000, COUPLE: 188_600 } as const;

const HEALTH_LIMITATIONS = [
  'Beperkte mobiliteit na heupoperatie',
  'Chronische vermoeidheid',
  'Visuele beperking',
  'Psychische kwetsbaarheid',
  'Beginnende dementie',
];

export async function seedGemeente(db: Kysely<GemeenteDatabase>, clientCount: number): Promise<void> {
  const clients: ClientRegisterTable[] = [];
  const assistance: SocialAssistanceTable[] = [];
  const wmo: WmoSupportTable[] = [];
  const debt: DebtHelpTable[] = [];

  for (const { bsn, random, index } of partnerPopulation('gemeente', clientCount, 0.4)) {
    const isDemo = index === 0;
    clients.push({ bsn, registered_on: randomDate(random, 3650, 30) });
    if (isDemo || random() < 0.5) {
      const household = pick(random, HOUSEHOLD_TYPES);
      const status = isDemo ? 'GRANTED' : pick(random, SOCIAL_ASSISTANCE_STATUSES);
      assistance.push({
        bsn,
        status,
        start_date: randomDate(random, 2000, 60),
        end_date: status === 'ENDED' ? randomDate(random, 59) : null,
        norm_amount_cents: NORM_CENTS[household],
        household,
      });
    }
    const wmoCount = isDemo ? 1 : random() < 0.25 ? randomInt(random, 1, 3) : 0;
    for (let n = 0; n < wmoCount; n++) {
      wmo.push({
        id: `${bsn}-${n + 1}`,
        bsn,
        type: pick(random, WMO_SUPPORT_TYPES),
        start_date: randomDate(random, 1500, 10),
        end_date: random() < 0.3 ? randomDate(random, 9) : null,
        health_limitation: pick(random, HEALTH_LIMITATIONS),
      });
    }
    if (isDemo || random() < 0.2) {
      debt.push({
        bsn,
        status: isDemo ? 'STABILISATION' : pick(random, DEBT_HELP_STATUSES),
        start_date: randomDate(random, 1200, 14),
        total_debt_cents: randomInt(random, 50_000, 6_000_000),
        creditor_count: randomInt(random, 1, 14),
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    await inChunks(clients, 500, (rows) => trx.insertInto('client').values(rows).execute());
    await inChunks(assistance, 500, (rows) => trx.insertInto('social_assistance').values(rows).execute());
    await inChunks(wmo, 500, (rows) => trx.insertInto('wmo_support').values(rows).execute());
    await inChunks(debt, 500, (rows) => trx.insertInto('debt_help').values(rows).execute());
  });
}
