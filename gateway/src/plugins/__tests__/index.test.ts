/** The plugin list: every concern once (Apollo's three "disabled" markers aside), in the documented order. */
import { DEFAULT_OPERATION_LIMITS } from '../../../../common';
import { schemaVisibility } from '../../introspection';
import { DEFAULT_ORGANISATION_SHARE, OrganisationShare } from '../../organisationShare';
import { gatewayPlugins } from '..';

describe('the gateway plugin list', () => {
  it('runs each concern in its place', () => {
    const plugins = gatewayPlugins({
      visibility: schemaVisibility('staff'),
      limits: DEFAULT_OPERATION_LIMITS,
      organisationShare: new OrganisationShare(DEFAULT_ORGANISATION_SHARE),
      knownOperations: new Set(),
    });
    expect(plugins.map((entry) => entry.concern)).toEqual([
      'no-phoning-home',
      'no-phoning-home',
      'no-phoning-home',
      'metrics',
      'schema-visibility',
      'citizen-scope',
      'operation-resolution',
      'limits',
      'organisation-share',
      'scalar-validation',
      'purpose',
      'audit',
    ]);
  });
});
