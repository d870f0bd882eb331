/**
 * The gateway's request metrics, as an Apollo Server plugin: every answer counted by operation (a manifest name or
 * `other`, see operationNames.ts) and result code, its latency from the start of the request to the answer, and
 * refusals by code and stage: `admission` (refused before a context existed: token, activity, persisted-only mode)
 * or `operation` (answered with errors before anything was executed: limits, share, scalars, purpose, validation).
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram } from 'prom-client';
import { answerCodeLabel, metricsRegistry, thrownCodeLabel } from '../../../common';
import { operationLabel, UNADMITTED_OPERATION } from './operationNames';

const requests = new Counter({
  name: 'ketenregie_gateway_requests_total',
  help: 'GraphQL requests answered by the gateway, by operation (manifest name, other or unadmitted) and code (OK or the first error code).',
  labelNames: ['operation', 'code'] as const,
  registers: [metricsRegistry],
});

const duration = new Histogram({
  name: 'ketenregie_gateway_request_duration_seconds',
  help: 'Time from the start of a GraphQL request at the gateway to its answer, by operation.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

const refusals = new Counter({
  name: 'ketenregie_gateway_refusals_total',
  help: 'Requests the gateway refused, by stage (admission, operation) and code.',
  labelNames: ['stage', 'code'] as const,
  registers: [metricsRegistry],
});

export function requestMetricsPlugin(knownOperations: ReadonlySet<string>): ApolloServerPlugin {
  return {
    async contextCreationDidFail({ error }) {
      const code = thrownCodeLabel(error);
      requests.inc({ operation: UNADMITTED_OPERATION, code });
      refusals.inc({ stage: 'admission', code });
    },
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ response, operationName }) {
          const operation = operationLabel(knownOperations, operationName ?? request.operationName);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = answerCodeLabel(errors);
          requests.inc({ operation, code });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          if (!executed && code !== 'OK') refusals.inc({ stage: 'operation', code });
        },
      };
    },
  };
}
