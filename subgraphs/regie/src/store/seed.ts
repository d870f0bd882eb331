/**
 * Demo data of the intermediary (the partners come from the registry, see server.ts): a few open cases, so that
 * partners see each other's data from the first `npm start`. A case serves the activity it was opened for: the
 * demo client has a debt-help intake case (gemeente main contractor; uwv and schuldhulp subcontractors) and a
 * social-assistance assessment case (gemeente; schuldhulp), the second client a relay case held by
 * woningcorporatie, the third a coordination case directed by the intermediary with toeslagen and svb contributing.
 */
import { type Kysely } from 'kysely';
import { demoPartnerBySubgraph, findDemoPartner } from '../../../partners';
import { demoBsns } from '../../../../partner-kit';
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
  const subcontractors = (...handles: string[]) => handles.map((handle) => ({ org: oin(handle), role: 'SUBCONTRACTOR' as const }));
  await seedCases(db, [
    {
      bsn: first,
      model: 'MAIN_CONTRACTOR',
      lead: oin('gemeente'),
      others: subcontractors('uwv', 'schuldhulp'),
      activity: 'schuldhulp-intake',
    },
    { bsn: first, model: 'MAIN_CONTRACTOR', lead: oin('gemeente'), others: subcontractors('schuldhulp'), activity: 'bijstand-beoordeling' },
    { bsn: second, model: 'RELAY', lead: oin('woningcorporatie'), activity: 'estafette-overdracht' },
    {
      bsn: third,
      model: 'DIRECTOR',
      lead: demoPartnerBySubgraph('regie').oin,
      others: [
        { org: oin('toeslagen'), role: 'CONTRIBUTOR' },
        { org: oin('svb'), role: 'CONTRIBUTOR' },
      ],
      activity: 'ketencoordinatie',
    },
  ]);
}
