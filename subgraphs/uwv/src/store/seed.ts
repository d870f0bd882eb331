/**
 * Fictitious demo data for UWV: about half of the population is known here; of those, most have income relations
 * in the payroll records and some receive a WW or WIA benefit. Deterministic: the same count gives the same data.
 */
import { type Kysely } from 'kysely';
import { type ClientRegisterTable, inChunks, partnerPopulation, pick, randomDate, randomInt } from '../../../../partner-kit';
import { BENEFIT_TYPES, DISABILITY_CLASSES, type BenefitType, type DisabilityClass } from './models';
import { type BenefitTable, type IncomeRelationTable, type UwvDatabase } from './schema';

const EMPLOYERS = [
  'Bakkerij Het Voorbeeld',
  'Voorbeeld Logistiek B.V.',
  'Zorggroep Voorbeeldstad',
  'Schoonmaakbedrijf Glans & Co',
  'Supermarkt De Buurtwinkel',
  'Installatiebedrijf Voorbeeld',
  'Uitzendbureau Werkt Wel',
  'Hotel De Voorbeeldhoeve',
];

/** Disability class for a WIA benefit: IVA is 80-100% by definition; WGA any class. Null for WW. */
function disabilityClassFor(random: () => number, type: BenefitType): DisabilityClass | null {
  if (type === 'WW') return null;
  if (type === 'WIA_IVA') return 'CLASS_80_100';
  return pick(random, DISABILITY_CLASSES);
}

export async function seedUwv(db: Kysely<UwvDatabase>, clientCount: number): Promise<void> {
  const clients: ClientRegisterTable[] = [];
  const benefits: BenefitTable[] = [];
  const incomeRelations: IncomeRelationTable[] = [];

  for (const { bsn, random, index } of partnerPopulation('uwv', clientCount, 0.5)) {
    const isDemo = index === 0;
    clients.push({ bsn, registered_on: randomDate(random, 7300, 30) });

    // The demo client has an ended WW benefit (null disability class) and a running WGA benefit (with one).
    const benefitTypes: BenefitType[] = isDemo
      ? ['WW', 'WIA_WGA']
      : random() < 0.3
        ? Array.from({ length: randomInt(random, 1, 2) }, () => pick(random, BENEFIT_TYPES))
        : [];
    benefitTypes.forEach((type, n) => {
      const ended = isDemo ? type === 'WW' : random() < (type === 'WW' ? 0.6 : 0.15);
      benefits.push({
        id: `${bsn}-${n + 1}`,
        bsn,
        type,
        start_date: randomDate(random, 3000, 60),
        end_date: ended ? randomDate(random, 59) : null,
        monthly_amount_cents: randomInt(random, 90_000, 280_000),
        disability_class: disabilityClassFor(random, type),
      });
    });

    const relationCount = isDemo ? 2 : random() < 0.85 ? randomInt(random, 1, 3) : 0;
    for (let n = 0; n < relationCount; n++) {
      const hoursPerWeek = randomInt(random, 8, 40);
      const hourlyWageCents = randomInt(random, 1_400, 4_000);
      incomeRelations.push({
        id: `${bsn}-${n + 1}`,
        bsn,
        employer: pick(random, EMPLOYERS),
        start_date: randomDate(random, 7000, 60),
        end_date: (isDemo ? n === 0 : random() < 0.5) ? randomDate(random, 59) : null,
        monthly_wage_cents: Math.round((hourlyWageCents * hoursPerWeek * 52) / 12),
        hours_per_week: hoursPerWeek,
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    await inChunks(clients, 500, (rows) => trx.insertInto('client').values(rows).execute());
    await inChunks(benefits, 500, (rows) => trx.insertInto('benefit').values(rows).execute());
    await inChunks(incomeRelations, 500, (rows) => trx.insertInto('income_relation').values(rows).execute());
  });
}
