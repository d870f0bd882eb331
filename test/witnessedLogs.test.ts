/**
 * Witnessed logs (issue 14, item 3): each log signs its head with a key outside its store and another party
 * countersigns it, so whoever can write one store can no longer rewrite its log unseen. The real `log:verify`
 * finds a chain rewritten with every later hash and the head row recomputed (a fork from the witnessed head) and
 * one whose newest records were removed and whose head row was rewritten (a truncation); a purge still verifies;
 * the intermediary refuses a head that is not signed by the log's key or does not extend what it witnessed; and
 * the partners witness the gateway's audit log.
 */
import { generateKeyPairSync } from 'node:crypto';
import { sql } from 'kysely';
import { DossierDocument } from '../client/__generated__/graphql';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AUDIT_LOG_NAME,
  type CapturedLogs,
  captureLogs,
  type ChainedRow,
  countersignedFile,
  importKey,
  linkHash,
  loadRegister,
  loggerFor,
  personalDigestOf,
  readCountersignatures,
  signLogHead,
  startHeadHandOver,
  WITNESS_PATH,
} from '../common';
import { demoBsns } from '../partner-kit';
import { purgeExpired } from '../scripts/lib/logPurge';
import { witnessedHeadsOf } from '../scripts/lib/logStores';
import { verifyChain } from '../scripts/lib/verifyChain';
import { type SubgraphName } from '../subgraphs/partners';
import { oinOf } from './support/chain';
import { execute } from './support/graphql';
import { allRecords, runLogCommand } from './support/logs';
import { startStack, STORE_KINDS, type TestStack } from './support/stack';

const register = loadRegister();

/** Rewrites record `seq` with `personal` and recomputes its hash, every later record's links and the head row. */
async function rewriteFrom(stack: TestStack, name: SubgraphName, seq: number, personal: string): Promise<void> {
  const { store, processingLog } = stack.subgraphs[name];
  const rows = (await allRecords(processingLog)).filter((row) => row.seq >= seq);
  let prevHash = (await processingLog.rowAt(seq))?.prevHash ?? '';
  let newest: Pick<ChainedRow, 'seq' | 'hash'> = { seq: 0, hash: '' };
  for (const row of rows) {
    const changed = row.seq === seq ? { personal, personalDigest: personalDigestOf(row.subject, personal) } : {};
    const next = { ...row, ...changed, prevHash };
    const hash = linkHash(next);
    await sql`update processing_log set personal = ${next.personal}, personal_digest = ${next.personalDigest}, prev_hash = ${prevHash}, hash = ${hash} where seq = ${row.seq}`.execute(
      store.db,
    );
    prevHash = hash;
    newest = { seq: row.seq, hash };
  }
  await sql`update processing_log_head set seq = ${newest.seq}, hash = ${newest.hash} where id = 1`.execute(store.db);
}

/** Removes the newest `count` records and points the head row at the record before them. */
async function cutTail(stack: TestStack, name: SubgraphName, count: number): Promise<number> {
  const { store, processingLog } = stack.subgraphs[name];
  const head = await processingLog.head();
  const kept = await processingLog.rowAt(head.seq - count);
  if (!kept) throw new Error('too few records to cut');
  await sql`delete from processing_log where seq > ${kept.seq}`.execute(store.db);
  await sql`update processing_log_head set seq = ${kept.seq}, hash = ${kept.hash} where id = 1`.execute(store.db);
  return kept.seq;
}

async function witnessedAtRegie(stack: TestStack, log: string): Promise<{ size: number; hash: string }[]> {
  const rows = await sql<{
    size: number | string;
    hash: string;
  }>`select size, hash from witnessed_log_head where log = ${log} order by size`.execute(stack.subgraphs.regie.store.db);
  return rows.rows.map((row) => ({ size: Number(row.size), hash: row.hash }));
}

describe.each(STORE_KINDS)('witnessed logs (%s)', (store) => {
  let stack: TestStack;
  let logs: CapturedLogs;
  const [bsn = ''] = demoBsns(1);

  async function ask(times: number): Promise<void> {
    const token = await stack.token({ org: oinOf('gemeente'), sub: 'worker-7' });
    for (let i = 0; i < times; i += 1) {
      const response = await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token });
      expect(response.errors).toBeUndefined();
    }
  }

  async function handOver(name: SubgraphName) {
    const handOverNow = stack.subgraphs[name].logHandOver?.handOver;
    if (!handOverNow) throw new Error(`${name} hands over no head`);
    return handOverNow();
  }

  function refusals(): Record<string, unknown>[] {
    return logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'log head refused');
  }

  beforeAll(async () => {
    logs = captureLogs('info');
    stack = await startStack({ store, seedClients: 50 });
    await ask(2);
  });
  afterAll(async () => {
    logs.stop();
    await stack?.stop();
  });

  it('finds a record rewritten with every later hash and the head recomputed: a fork at that record (npm run log:verify)', async () => {
    const [first] = await handOver('gemeente');
    const k = (await stack.subgraphs.gemeente.processingLog.head()).seq;
    expect(first).toMatchObject({ log: 'gemeente', size: k, witness: 'regie' });
    await ask(2);
    const [second] = await handOver('gemeente');
    const n = (await stack.subgraphs.gemeente.processingLog.head()).seq;
    expect(second?.size).toBe(n);
    expect(n).toBeGreaterThan(k);
    expect((await witnessedAtRegie(stack, 'gemeente')).map((head) => head.size)).toEqual(expect.arrayContaining([k, n]));
    const intact = await runLogCommand(stack, 'verify', ['gemeente']);
    expect(intact.stdout).toContain(
      `gemeente: intact, ${n} records (0 purged at the end of their retention); extends the head of ${n} records regie witnessed`,
    );

    // Someone with write access to gemeente's store hides what record k disclosed and makes the chain whole again.
    await rewriteFrom(stack, 'gemeente', k, JSON.stringify({ disclosed: [], refused: [] }));
    // Links and head row alone (all log:verify had before heads were witnessed) see nothing wrong.
    expect((await verifyChain(stack.subgraphs.gemeente.processingLog, register)).broken).toBeNull();
    const forked = await runLogCommand(stack, 'verify', ['gemeente']);
    expect(forked.code).toBe(1);
    expect(forked.stdout).toContain(
      `gemeente: FORKED at record ${k}: record ${k} has another hash than in the head of ${k} records that regie witnessed`,
    );
    // And the intermediary will not countersign the rewritten log's next head.
    expect(await handOver('gemeente')).toEqual([]);
    expect(refusals()).toContainEqual(
      expect.objectContaining({ code: 'LOG_HEAD_INCONSISTENT', reason: expect.stringContaining(`the log forked: record ${n}`) }),
    );
  });

  it('finds the newest records removed and the head row rewritten: a truncation (npm run log:verify)', async () => {
    await handOver('uwv');
    const n = (await stack.subgraphs.uwv.processingLog.head()).seq;
    const kept = await cutTail(stack, 'uwv', 2);
    expect((await verifyChain(stack.subgraphs.uwv.processingLog, register)).broken).toBeNull();
    const truncated = await runLogCommand(stack, 'verify', ['uwv']);
    expect(truncated.code).toBe(1);
    expect(truncated.stdout).toContain(
      `uwv: TRUNCATED at record ${kept + 1}: the chain ends at record ${kept}, but the head of ${n} records that regie witnessed`,
    );
    expect(await handOver('uwv')).toEqual([]);
    expect(refusals()).toContainEqual(
      expect.objectContaining({
        code: 'LOG_HEAD_INCONSISTENT',
        reason: expect.stringContaining(`the log shrank: ${kept} records, but ${n} were witnessed`),
      }),
    );
  });

  it('still verifies a genuine chain after a purge, against the head witnessed after it', async () => {
    const log = stack.subgraphs.toeslagen.processingLog;
    await handOver('toeslagen');
    const later = new Date(Date.now() + 2556 * 86_400_000);
    const report = await purgeExpired(log, register, { now: later, operator: 'test' });
    expect(Object.keys(report.purged).length).toBeGreaterThan(0);
    const [afterPurge] = await handOver('toeslagen');
    const head = await log.head();
    expect(afterPurge).toMatchObject({ size: head.seq, hash: head.hash });
    const witnessed = await witnessedHeadsOf('toeslagen', { DATA_DIR: stack.storage.sqliteDir });
    expect(witnessed.invalid).toEqual([]);
    expect(witnessed.heads.length).toBeGreaterThanOrEqual(2);
    expect(await verifyChain(log, register, { now: later, witnessed: witnessed.heads })).toMatchObject({
      broken: null,
      witnessed: { size: head.seq },
    });
  });

  it('refuses a head with a bad signature, a shrunken size or another hash at the same size, and logs each refusal', async () => {
    await ask(1);
    const [last] = await handOver('svb');
    if (!last || last.size < 1) throw new Error('svb should have a witnessed head with records');
    const svbKey = stack.storage.logKeys.svb;
    if (!svbKey) throw new Error('no svb log key');
    const key = await importKey(svbKey.privateJwk);
    const impostor = generateKeyPairSync('ed25519').privateKey;
    const time = new Date().toISOString();
    const offer = async (head: string) => {
      const response = await fetch(new URL(WITNESS_PATH, stack.subgraphs.regie.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ head }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { errors?: { extensions: { code: string; witnessedSize?: number } }[] },
      };
    };
    const before = refusals().length;
    const badSignature = await offer(signLogHead({ log: 'svb', size: last.size + 5, hash: 'b'.repeat(64), time }, impostor));
    expect(badSignature).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'LOG_HEAD_UNVERIFIED' } }] } });
    const shrunk = await offer(signLogHead({ log: 'svb', size: last.size - 1, hash: 'c'.repeat(64), time }, key));
    expect(shrunk).toMatchObject({
      status: 409,
      body: { errors: [{ extensions: { code: 'LOG_HEAD_INCONSISTENT', witnessedSize: last.size } }] },
    });
    const otherHash = await offer(signLogHead({ log: 'svb', size: last.size, hash: 'd'.repeat(64), time }, key));
    expect(otherHash).toMatchObject({
      status: 409,
      body: { errors: [{ extensions: { code: 'LOG_HEAD_INCONSISTENT', witnessedSize: last.size } }] },
    });
    // The intermediary keeps its own log's head to itself: it does not witness the gateway's audit log either.
    const notKept = await offer(signLogHead({ log: AUDIT_LOG_NAME, size: 1, hash: 'e'.repeat(64), time }, key));
    expect(notKept).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'LOG_HEAD_UNVERIFIED' } }] } });
    expect(
      refusals()
        .slice(before)
        .map((entry) => entry.code),
    ).toEqual(['LOG_HEAD_UNVERIFIED', 'LOG_HEAD_INCONSISTENT', 'LOG_HEAD_INCONSISTENT', 'LOG_HEAD_UNVERIFIED']);
    expect((await witnessedAtRegie(stack, 'svb')).at(-1)).toEqual({ size: last.size, hash: last.hash });
  });

  it('asks a keeper that does not know the witnessed size (a restart, another replica) for the hash there, without alarm', async () => {
    const woningcorporatie = stack.subgraphs.woningcorporatie;
    const keyPair = stack.storage.logKeys.woningcorporatie;
    if (!keyPair) throw new Error('no woningcorporatie log key');
    const before = refusals().length;
    const dir = mkdtempSync(join(tmpdir(), 'ketenregie-witnessed-'));
    const replica = startHeadHandOver({
      log: woningcorporatie.processingLog,
      name: 'woningcorporatie',
      key: await importKey(keyPair.privateJwk),
      witnessUrls: [stack.subgraphs.regie.url],
      file: countersignedFile('woningcorporatie', dir),
      intervalMs: 60_000,
      logger: loggerFor('test:replica'),
    });
    const [witnessed] = await replica.handOver();
    await replica.stop();
    const head = await woningcorporatie.processingLog.head();
    expect(head.seq).toBeGreaterThan(0);
    expect(witnessed).toMatchObject({ size: head.seq, hash: head.hash, witness: 'regie' });
    expect(readCountersignatures(countersignedFile('woningcorporatie', dir)).length).toBe(1);
    expect(refusals().length).toBe(before);
    const asked = logs.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.msg === 'log head needs the hash at the witnessed size');
    expect(asked).toContainEqual(expect.objectContaining({ code: 'LOG_HEAD_INCONSISTENT', witnessedSize: expect.any(Number) }));
  });

  it("has the gateway's audit head witnessed by the partners, and verifies the audit log against it (npm run log:verify)", async () => {
    const handOverAudit = stack.gateway.auditHandOver?.handOver;
    if (!handOverAudit) throw new Error('the gateway hands over no head');
    const witnessed = await handOverAudit();
    const head = await stack.gateway.auditLog.head();
    expect(head.seq).toBeGreaterThan(0);
    expect(witnessed.map((w) => w.witness).sort()).toEqual(['gemeente', 'svb', 'toeslagen', 'uwv', 'woningcorporatie']);
    for (const w of witnessed) expect(w).toMatchObject({ log: AUDIT_LOG_NAME, size: head.seq, hash: head.hash });
    const kept = await sql<{
      size: number | string;
      hash: string;
    }>`select size, hash from witnessed_log_head where log = ${AUDIT_LOG_NAME} order by size desc limit 1`.execute(
      stack.subgraphs.woningcorporatie.store.db,
    );
    expect(kept.rows[0]).toMatchObject({ hash: head.hash });
    expect(Number(kept.rows[0]?.size)).toBe(head.seq);
    const verified = await runLogCommand(stack, 'verify', ['gateway']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(
      new RegExp(`gateway: intact, ${head.seq} records .*; extends the head of ${head.seq} records \\w+ witnessed`),
    );
  });
});
