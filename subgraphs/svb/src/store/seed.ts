/**
 * Fictitious demo data for the SVB: about 30% of the population is known here; each of those receives the state
 * pension (AOW), child benefit, or both. Deterministic: the same count gives the same data.
 */
import { type Kysely } from 'kysely';
import { type ClientRegisterTable, inChunks, partnerPopulation, randomDate, randomInt } from '../../../../partner-kit';
import { type AowTable, type ChildBenefitTable, type SvbDatabase } from './schema';

/** Full AOW per month for 100% accrual (fictitious round figure), in cents. */
const FULL_AOW_CENTS = 145_000;
/** Child benefit per child per quarter (fictitious round figure), in cents. */
const CHILD_BENEFIT_PER_CHILD_CENTS = 30_000;
/** Accrual per insured year, in percent. */
const ACCRUAL_PER_YEAR = 2;

export async function seedSvb(db: Kysely<SvbDatabase>, clientCount: number): Promise<void> {
  const clients: ClientRegisterTable[] = [];
  const aow: AowTable[] = [];
  const childBenefit: ChildBenefitTable[] = [];

  for (const { bsn, random, index } of partnerPopulation('svb', clientCount, 0.3)) {
    const isDemo = index === 0;
    clients.push({ bsn, registered_on: randomDate(random, 7300, 30) });
    // Every known client has at least one of the two; some (and the demo client) have both.
    const draw = random();
    if (isDemo || draw < 0.55) {
      const accrualPercentage = ACCRUAL_PER_YEAR * randomInt(random, 10, 50);
      aow.push({
        bsn,
        start_date: randomDate(random, 7000, 30),
        monthly_amount_cents: Math.round((FULL_AOW_CENTS * accrualPercentage) / 100),
        accrual_percentage: accrualPercentage,
      });
    }
    if (isDemo || draw >= 0.45) {
      const numberOfChildren = randomInt(random, 1, 4);
      childBenefit.push({
        bsn,
        number_of_children: numberOfChildren,
        quarterly_amount_cents: numberOfChildren * CHILD_BENEFIT_PER_CHILD_CENTS,
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    await inChunks(clients, 500, (rows) => trx.insertInto('client').values(rows).execute());
    await inChunks(aow, 500, (rows) => trx.insertInto('aow').values(rows).execute());
    await inChunks(childBenefit, 500, (rows) => trx.insertInto('child_benefit').values(rows).execute());
  });
}
