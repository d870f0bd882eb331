/** The saved example operations of the daily work, opened as the explorer's first tabs. */
import assignRole from './examples/assignRole.graphql';
import caseHistory from './examples/caseHistory.graphql';
import dossier from './examples/dossier.graphql';
import handOver from './examples/handOver.graphql';
import openCase from './examples/openCase.graphql';

const DEMO_BSN = '999000007';
const UWV = '00000009300000000003';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const EXAMPLE_TABS = [
  { query: dossier, variables: json({ bsn: DEMO_BSN }) },
  { query: openCase, variables: json({ bsn: DEMO_BSN, model: 'RELAY', activity: 'ketencoordinatie', reason: 'Intake in het wijkteam' }) },
  {
    query: assignRole,
    variables: json({ caseId: '<id from openCase>', org: UWV, role: 'SUBCONTRACTOR', reason: 'Re-integratie', expectedVersion: 1 }),
  },
  { query: handOver, variables: json({ caseId: '<id of a RELAY case>', toOrg: UWV, reason: 'Werkhervatting', expectedVersion: 1 }) },
  { query: caseHistory, variables: json({ bsn: DEMO_BSN }) },
];
