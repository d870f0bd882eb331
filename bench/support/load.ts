/** One autocannon run, summarised, and the table the benchmarks print. */
import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Responses received in the run. */
  requests: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; absent: as fast as the server answers. */
  overallRate?: number;
  /** Builds each request (e.g. a different case per request); the body above is then ignored. */
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
}

export async function runLoad(label: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    ...(options.setupRequest ? { requests: [{ setupRequest: options.setupRequest }] } : {}),
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export function printResults(results: LoadResult[]): void {
  console.table(
    results.map((r) => ({
      run: r.label,
      'req/s': Math.round(r.requestsPerSecond),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors,
      non2xx: r.non2xx,
    })),
  );
}

export function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}

export interface Contender {
  label: string;
  url: string;
  /** This contender's own request body and extra headers (e.g. a persisted hash instead of the text); default: the shared ones. */
  body?: string;
  headers?: Record<string, string>;
}

export interface Comparison {
  results: LoadResult[];
  /** Mean requests/s of the first contender divided by the second's. */
  ratio: number;
  summary: string;
  failed: boolean;
}

/**
 * Warms both contenders up, then alternates rounds (first, second, first, second, …) so that drift of the machine
 * hits both, and summarises requests/s, p99 and the ratio first/second.
 */
export async function compareAlternating(
  first: Contender,
  second: Contender,
  options: Omit<LoadOptions, 'url'> & {
    rounds: number;
    /** Called after every run, warm-ups included (e.g. to read and reset counters kept elsewhere). */
    afterRun?: (contender: Contender, result: LoadResult) => Promise<void>;
  },
): Promise<Comparison> {
  const load = async (label: string, contender: Contender) => {
    const result = await runLoad(label, {
      ...options,
      url: contender.url,
      body: contender.body ?? options.body,
      headers: { ...options.headers, ...contender.headers },
    });
    await options.afterRun?.(contender, result);
    return result;
  };
  await load(`warm-up ${first.label}`, first);
  await load(`warm-up ${second.label}`, second);
  const results: LoadResult[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    results.push(await load(`${first.label} #${round}`, first));
    results.push(await load(`${second.label} #${round}`, second));
  }
  const of = (label: string) => results.filter((r) => r.label.startsWith(`${label} #`));
  const rps = (rs: LoadResult[]) => mean(rs.map((r) => r.requestsPerSecond));
  const p99 = (rs: LoadResult[]) => mean(rs.map((r) => r.p99)).toFixed(1);
  const [a, b] = [of(first.label), of(second.label)];
  const ratio = rps(a) / rps(b);
  return {
    results,
    ratio,
    summary:
      `${options.connections} connections, ${options.rounds}×${options.durationSeconds} s each: ` +
      `${first.label} ${Math.round(rps(a))} req/s (p99 ${p99(a)} ms), ${second.label} ${Math.round(rps(b))} req/s (p99 ${p99(b)} ms); ` +
      `ratio ${first.label}/${second.label} = ${ratio.toFixed(2)}`,
    failed: results.some((r) => r.errors > 0 || r.non2xx > 0),
  };
}
