/**
 * The monitoring we ship matches what the processes export: every metric the Grafana dashboard
 * (deploy/grafana/) and the Prometheus alerts (deploy/prometheus/alerts.yaml) name is on the /metrics of a running
 * chain (gateway and subgraphs, in this process, after some traffic), a histogram's `_bucket`/`_count`/`_sum` only
 * for a histogram, and each label they select on is one that metric has. Only `up` (Prometheus' own) is exempt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collectProcessMetrics, type RunningMetricsServer, startMetricsServer } from '../common';
import { demoBsns } from '../partner-kit';
import { DossierDocument } from '../client/__generated__/graphql';
import { execute, postGraphQL } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

const ROOT = join(__dirname, '..');
/** Series Prometheus itself adds to every target. */
const PROMETHEUS_OWN = new Set(['up']);
const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset']);
const HISTOGRAM_SUFFIXES = ['_bucket', '_count', '_sum'];

interface Selection {
  metric: string;
  labels: string[];
}

/** The metrics a PromQL expression reads, each with the label names it matches on. */
function selectionsOf(expr: string): Selection[] {
  const text = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const selections: Selection[] = [];
  for (const match of text.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?\s*(\()?/g)) {
    const [, name = '', matchers, call] = match;
    if (call || PROMQL_WORDS.has(name)) continue;
    const labels = [...(matchers ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)/g)].map((m) => m[1] ?? '');
    selections.push({ metric: name, labels });
  }
  return selections;
}

function dashboardExpressions(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(dashboardExpressions);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'expr' && typeof inner === 'string' ? [inner] : dashboardExpressions(inner),
  );
}

interface AlertRule {
  alert: string;
  expr: string;
  labels?: { severity?: string };
  annotations?: { summary?: string };
}

function alertRules(): AlertRule[] {
  const parsed = parseYaml(readFileSync(join(ROOT, 'deploy/prometheus/alerts.yaml'), 'utf8')) as { groups: { rules: AlertRule[] }[] };
  return parsed.groups.flatMap((group) => group.rules);
}

/** Exported metric families by name (type), and the label names seen on each family's samples. */
function exported(text: string): { types: Map<string, string>; labels: Map<string, Set<string>> } {
  const types = new Map<string, string>();
  const labels = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)/.exec(line);
    if (type) types.set(type[1] ?? '', type[2] ?? '');
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\}/.exec(line);
    if (sample) {
      const family = familyOf(sample[1] ?? '', types);
      const seen = labels.get(family) ?? new Set<string>();
      for (const pair of (sample[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="/g)) seen.add(pair[1] ?? '');
      labels.set(family, seen);
    }
  }
  return { types, labels };
}

function familyOf(series: string, types: ReadonlyMap<string, string>): string {
  if (types.has(series)) return series;
  const suffix = HISTOGRAM_SUFFIXES.find((s) => series.endsWith(s));
  return suffix ? series.slice(0, -suffix.length) : series;
}

describe('the shipped dashboard and alerts', () => {
  let stack: TestStack;
  let metrics: RunningMetricsServer;
  let scraped: string;

  beforeAll(async () => {
    collectProcessMetrics('test');
    stack = await startStack({ seedClients: 20 });
    metrics = await startMetricsServer({ port: 0, host: '127.0.0.1' });
    const token = await stack.token();
    const [bsn = ''] = demoBsns(1);
    await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token });
    await postGraphQL(stack.gatewayUrl, { query: '{ __typename }' }, { activity: 'schuldhulp-intake' });
    const response = await fetch(metrics.url);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    scraped = await response.text();
  }, 120_000);
  afterAll(async () => {
    await metrics?.stop();
    await stack?.stop();
  });

  const dashboard = JSON.parse(readFileSync(join(ROOT, 'deploy/grafana/ketenregie.json'), 'utf8')) as unknown;
  const sources: [string, string][] = [
    ...dashboardExpressions(dashboard).map((expr): [string, string] => ['dashboard', expr]),
    ...alertRules().map((rule): [string, string] => [`alert ${rule.alert}`, rule.expr]),
  ];

  it('reads a metric in every panel and alert', () => {
    expect(dashboardExpressions(dashboard).length).toBeGreaterThan(15);
    const empty = sources.filter(([, expr]) => selectionsOf(expr).length === 0).map(([where, expr]) => `${where}: ${expr}`);
    expect(empty).toEqual([]);
  });

  it('names only metrics the processes export, with their types and labels', () => {
    const { types, labels } = exported(scraped);
    const problems: string[] = [];
    for (const [where, expr] of sources) {
      for (const { metric, labels: selected } of selectionsOf(expr)) {
        if (PROMETHEUS_OWN.has(metric)) continue;
        const family = familyOf(metric, types);
        const type = types.get(family);
        if (!type) {
          problems.push(`${where}: ${metric} is not exported`);
          continue;
        }
        if (metric !== family && type !== 'histogram') problems.push(`${where}: ${metric} on a ${type}, not a histogram`);
        const known = labels.get(family);
        // Labels are checked where the traffic above produced samples.
        for (const label of selected) if (known && !known.has(label)) problems.push(`${where}: ${metric} has no label ${label}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every alert a severity and a summary', () => {
    for (const rule of alertRules()) {
      expect([rule.alert, rule.labels?.severity]).toEqual([rule.alert, expect.stringMatching(/^(critical|warning)$/)]);
      expect([rule.alert, rule.annotations?.summary]).toEqual([rule.alert, expect.any(String)]);
    }
  });
});
