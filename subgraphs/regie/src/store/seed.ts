/**
 * Demo data of the intermediary (the partners come from the registry, see server.ts): a few open cases, so that
 * partners see each other's data from the first `npm start`. The demo client has a
 * MAIN_CONTRACTOR case (gemeente, with uwv and schuldhulp as subcontractors), the second client a RELAY case held
 * by woningcorporatie, the third a DIRECTOR case directed by the intermediary with toeslagen and svb contributing.
 */
import { type Kysely } from 'kysely';
import { demoPartnerBySubgraph, findDemoPartner } from '../../../../common/partners';
import { demoBsns } from '../../../../common/seed/population';
import { seedCases } from './caseSeed';
import { type RegieDatabase } from './schema';

function oin(handle: string): string {
  const partner = findDemoPartner(handle);
  if (!partner) throw new Error(`No demo partner ${handle}`);
  return partner.oin;
}

export async function seedRegie(db: Kysely<RegieDatabase>, clientCount: number): Promise<void> {
  if (clientCount < 3) return;
  const [first = '', second = '', third = ''] = demoBsns(3);
  await seedCases(db, [
    {
      bsn: first,
      model: 'MAIN_CONTRACTOR',
      lead: oin('gemeente'),
      others: [
        { org: oin('uwv'), role: 'SUBCONTRACTOR' },
        { org: oin('schuldhulp'), role: 'SUBCONTRACTOR' },
      ],
    },
    { bsn: second, model: 'RELAY', lead: oin('woningcorporatie') },
    {
      bsn: third,
      model: 'DIRECTOR',
      lead: demoPartnerBySubgraph('regie').oin,
      others: [
        { org: oin('toeslagen'), role: 'CONTRIBUTOR' },
        { org: oin('svb'), role: 'CONTRIBUTOR' },
      ],
    },
  ]);
}
