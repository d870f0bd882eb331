import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { fieldsToGuard } from '../../../../../common/policy/guardSchema';
import { entityTypes } from '../../../../../common/policy/lintPolicies';
import { readPolicies } from '../../../../../common/policy/policies';
import { subgraphTypeDefs } from '../../../../../common/subgraph/typeDefs';
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
    ['ketencoordinatie', 'OK', 'OK', true],
    ['schuldhulp-intake', 'OK', 'OK', true],
    ['estafette-overdracht', 'OK', 'OK', true],
    ['fraude-onderzoek', ['NOT_DISCLOSED', 'PURPOSE'], ['FORBIDDEN', null], false],
    ['inzage-betrokkene', ['NOT_DISCLOSED', 'PURPOSE'], ['FORBIDDEN', null], false],
    ['logboek-beheer', ['NOT_DISCLOSED', 'PURPOSE'], ['FORBIDDEN', null], false],
  ] as const)('under %s: read %j, change %j, role lookup %s', (activity, read, change, lookup) => {
    expect(codeOf(() => casePurpose.assertMayRead(activity, 'Query.case'))).toEqual(read);
    expect(codeOf(() => casePurpose.assertMayChange(activity))).toEqual(change);
    expect(casePurpose.allowsRoleLookup(activity)).toBe(lookup);
  });

  it('guards the schema\'s case data per field, at run time', () => {
    const schema = buildSubgraphSchema({ typeDefs });
    const guarded = fieldsToGuard(schema, readPolicies(typeDefs), entityTypes(typeDefs)).map((g) => g.coordinate);
    expect(guarded.sort()).toEqual(['Case.history', 'Client.cases']);
  });

  it('refuses to start without the policy it binds case data to', () => {
    expect(() => casePolicyOf(parse('type Client { bsn: String! cases: [String!] }'))).toThrow(/no @disclose on Client.cases/);
  });
});
