/**
 * Health of the gateway. Live while the process runs. Ready while it can answer requests itself: its audit log's
 * store answers (without it every request would be refused with LOG_UNAVAILABLE) and it is not stopping. A partner
 * that is down does not make the gateway unready: the other partners' data still flows, and that partner's fields
 * carry PARTNER_UNAVAILABLE. Taking every replica out of the load balancer for one partner's outage would turn a
 * partial answer into none. `/health/partners` reports the partners' own readiness, for monitoring; it names
 * subgraphs, never their addresses.
 */
import { request } from 'undici';
import { type PlainResponse } from '../../common';

export function readinessUrl(subgraphUrl: string): string {
  return new URL('/health/ready', subgraphUrl).toString();
}

async function isReady(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await request(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body.dump();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

/** `/health/ready`: 200 when the audit store answers, 503 naming the cause otherwise. */
export function createReadinessCheck(auditStoreCheck: () => Promise<unknown>) {
  return async function readiness(): Promise<PlainResponse> {
    try {
      await auditStoreCheck();
      return { status: 200, body: JSON.stringify({ status: 'ready' }) };
    } catch {
      return { status: 503, body: JSON.stringify({ status: 'not ready', reason: 'audit log store unreachable' }) };
    }
  };
}

/** `/health/partners`: 200 when every subgraph of the served supergraph is ready, 503 listing those that are not (the gateway still serves). */
export function createPartnersCheck(servedSubgraphUrls: () => Readonly<Record<string, string>>, timeoutMs = 2000) {
  return async function partners(): Promise<PlainResponse> {
    const subgraphUrls = servedSubgraphUrls();
    const names = Object.keys(subgraphUrls);
    const results = await Promise.all(names.map((name) => isReady(readinessUrl(subgraphUrls[name] as string), timeoutMs)));
    const notReady = names.filter((_, index) => !results[index]);
    return {
      status: notReady.length === 0 ? 200 : 503,
      body: JSON.stringify({ status: notReady.length === 0 ? 'all ready' : 'degraded', notReady }),
    };
  };
}
