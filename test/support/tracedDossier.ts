/**
 * Run as a process of its own by test/tracing.test.ts (jest's module sandbox cannot run the OTLP exporter, which
 * sends through a dynamic import): starts the test stack, whose services read the OTEL_* settings of this process,
 * asks one dossier under a client's trace (and one under a trace the client flags "not sampled"), reads that trace's audit and processing records, sends two requests the
 * gateway refuses (no token; a purpose the dossier does not serve), and stops the stack,
 * which flushes the spans. Writes what it saw as JSON to the file named by TRACED_DOSSIER_RESULT. Its servers log
 * where the suite's teardown searches for personal data, as in a jest worker.
 */
import './suiteLog';
import { writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { DossierDocument } from '../../client/__generated__/graphql';
import { demoBsns } from '../../partner-kit';
import { oinOf } from './chain';
import { errorCodes, execute, postGraphQL } from './graphql';
import { auditRecordsOfTrace, newTraceparent, processingRecordsOfTrace } from './logs';
import { startStack } from './stack';

interface Refused {
  traceId: string;
  codes: unknown[];
}

export interface TracedDossier {
  client: { traceId: string; spanId: string };
  bsn: string;
  errors: unknown;
  answeredBsn: string | null;
  /** The skeletons of the request's audit records. */
  audit: Array<Record<string, unknown>>;
  /** The skeletons of the request's processing-log records, by subgraph. */
  processing: Record<string, Array<Record<string, unknown>>>;
  /** The refused requests: the trace each was sent under, and the codes of its errors. */
  refused: { unauthenticated: Refused; purpose: Refused };
  /** A dossier asked under a client's trace flagged "not sampled": the trace it was sent under. */
  unsampledTraceId: string;
  /** Whether the OpenTelemetry SDK was loaded in this process at all. */
  sdkLoaded: boolean;
}

async function main(): Promise<void> {
  const resultFile = process.env.TRACED_DOSSIER_RESULT;
  if (!resultFile) throw new Error('TRACED_DOSSIER_RESULT is not set');
  const [bsn = ''] = demoBsns(1);
  const stack = await startStack({ seedClients: Number(process.env.SEED_CLIENTS ?? '40') });
  try {
    const client = newTraceparent();
    const token = await stack.token({ org: oinOf('gemeente'), sub: 'worker-7' });
    const response = await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token, headers: { traceparent: client.traceparent } });
    const processing = await processingRecordsOfTrace(stack, client.traceId);
    const unauthenticated = newTraceparent();
    const anonymous = await postGraphQL(
      stack.gatewayUrl,
      { query: '{ __typename }' },
      { headers: { traceparent: unauthenticated.traceparent } },
    );
    const purpose = newTraceparent();
    const outOfPurpose = await execute(
      stack.gatewayUrl,
      DossierDocument,
      { bsn },
      { token, activity: 'ketencoordinatie', headers: { traceparent: purpose.traceparent } },
    );
    const unsampled = newTraceparent();
    await execute(
      stack.gatewayUrl,
      DossierDocument,
      { bsn },
      { token, headers: { traceparent: unsampled.traceparent.replace(/-01$/, '-00') } },
    );
    const result: TracedDossier = {
      client: { traceId: client.traceId, spanId: client.spanId },
      bsn,
      errors: response.errors,
      answeredBsn: response.data?.client?.bsn ?? null,
      audit: (await auditRecordsOfTrace(stack, client.traceId)).map((record) => record.skeletonFields),
      processing: Object.fromEntries(Object.entries(processing).map(([name, records]) => [name, records.map((r) => r.skeletonFields)])),
      refused: {
        unauthenticated: { traceId: unauthenticated.traceId, codes: errorCodes(anonymous) },
        purpose: { traceId: purpose.traceId, codes: errorCodes(outOfPurpose) },
      },
      unsampledTraceId: unsampled.traceId,
      sdkLoaded: Object.keys(require.cache).some((path) => path.includes(`${sep}@opentelemetry${sep}sdk-node${sep}`)),
    };
    writeFileSync(resultFile, JSON.stringify(result));
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
