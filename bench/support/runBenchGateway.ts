/**
 * A benchmark's gateway with a part left out, to measure what that part costs: the production gateway, configured
 * from the environment like gateway/src/index.ts, assembled from its exported building blocks minus
 * - BENCH_GATEWAY_VARIANT=checks-off: the purpose check (bench/policy.ts);
 * - BENCH_GATEWAY_VARIANT=logs-off: the audit log, both records (bench/logging.ts).
 * Production code has no switch for either.
 */
import { prepareEnv } from '../../common';
import { type AuditTrail } from '../../gateway/src/audit/auditTrail';
import { gatewayConfigFromEnv } from '../../gateway/src/config';
import { type GatewayConcern } from '../../gateway/src/plugins';
import { PRODUCTION_ASSEMBLY, startGateway, type GatewayAssembly } from '../../gateway/src/server';

const UNRECORDED: AuditTrail = { recordAsked: () => Promise.resolve(), recordAnswered: () => Promise.resolve() };

function without(concern: GatewayConcern): GatewayAssembly['plugins'] {
  return (parts) => PRODUCTION_ASSEMBLY.plugins(parts).filter((entry) => entry.concern !== concern);
}

function assembly(variant: string): GatewayAssembly {
  switch (variant) {
    case 'checks-off':
      return { ...PRODUCTION_ASSEMBLY, plugins: without('purpose') };
    case 'logs-off':
      return { plugins: without('audit'), auditTrails: () => () => UNRECORDED, refusals: () => () => Promise.resolve() };
    default:
      throw new Error(`BENCH_GATEWAY_VARIANT must be "checks-off" or "logs-off", got "${variant}"`);
  }
}

async function main(): Promise<void> {
  const env = prepareEnv();
  const gateway = await startGateway(await gatewayConfigFromEnv(env), assembly(env.BENCH_GATEWAY_VARIANT ?? ''));
  process.once('SIGTERM', () => {
    gateway.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
