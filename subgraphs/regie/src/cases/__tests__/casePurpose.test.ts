import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { entityTypes } from '../../../../../common';
import { planDisclosures, subgraphTypeDefs } from '../../../../../partner-kit';
import { readPolicies } from '../../../../../common';
import { casePolicyOf, createCasePurpose } from '../casePurpose';

const typeDefs = subgraphTypeDefs(join(__dirname, '..', '..', '..'));
const casePurpose = createCasePurpose(casePolicyOf(typeDefs));

function codeOf(run: () => void): unknown {
  try {
    run();
    return 'OK';
  } catch (error) {
    return error instanceof GraphQLError ? [error.extensions.code, error.extensions.reason ?? null] : error;
  }
}

describe('the purpose binding of case data at regie', () => {
  it.each([
    ['ketencoordinatie', 'OK', 'OK'],
    ['schuldhulp-intake', 'OK', 'OK'],
    ['estafette-overdracht', 'OK', 'OK'],
    ['fraude-onderzoek', ['NOT_DISCLOSED', 'PURPOSE'], ['FORBIDDEN', null]],
    ['inzage-betrokkene', ['NOT_DISCLOSED', 'PURPOSE'], ['FORBIDDEN', null]],
    ['logboek-beheer', ['NOT_DISCLOSED', 'PURPOSE'], ['FORBIDDEN', null]],
  ] as const)('under %s: read (and look up roles) %j, change %j', (activity, read, change) => {
    expect(codeOf(() => casePurpose.assertMayRead(activity, 'Query.case'))).toEqual(read);
    expect(codeOf(() => casePurpose.assertMayChange(activity))).toEqual(change);
  });

  it("guards the schema's case data per field, at run time", () => {
    const schema = buildSubgraphSchema({ typeDefs });
    const plan = planDisclosures(schema, readPolicies(typeDefs), { entities: entityTypes(typeDefs), checks: true, records: true });
    const guarded = plan.filter((field) => field.check).map((field) => field.coordinate);
    expect(guarded.sort()).toEqual(['Case.history', 'Client.cases']);
  });

  it('refuses to start without the policy it binds case data to', () => {
    expect(() => casePolicyOf(parse('type Client { bsn: String! cases: [String!] }'))).toThrow(/no @disclose on Client.cases/);
  });
});
