/**
 * Health of the gateway: live while the process runs; ready only when every subgraph answers its own readiness
 * check in time. The answer names subgraphs, never their addresses.
 */
import { request } from 'undici';
import { type PlainResponse } from '../../common/http/graphqlHttpServer';

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

export function createReadinessCheck(subgraphUrls: Readonly<Record<string, string>>, timeoutMs = 2000) {
  return async function readiness(): Promise<PlainResponse> {
    const names = Object.keys(subgraphUrls);
    const results = await Promise.all(names.map((name) => isReady(readinessUrl(subgraphUrls[name] as string), timeoutMs)));
    const notReady = names.filter((_, index) => !results[index]);
    const status = notReady.length === 0 ? 'ready' : 'not ready';
    return { status: notReady.length === 0 ? 200 : 503, body: JSON.stringify({ status, notReady }) };
  };
}
