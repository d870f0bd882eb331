/** The start-up hand-over is tried again soon while the witness is not up yet, not only at the next interval. */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { readCountersignatures } from '../countersignedFile';
import { startHeadHandOver, type HandOverRequest } from '../headHandOver';
import { countersignLogHead, verifyLogHead } from '../signedHead';

const keeper = generateKeyPairSync('ed25519');
const witness = generateKeyPairSync('ed25519');

/** A witness that is down (503) for its first `downFor` requests, then countersigns what it is given. */
function startWitness(downFor: number): Promise<{ server: Server; url: string; requests: () => number }> {
  let requests = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests += 1;
      if (requests <= downFor) return void res.writeHead(503).end();
      const { head } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as HandOverRequest;
      const countersignature = countersignLogHead(
        { ...verifyLogHead(head, keeper.publicKey), witness: 'regie', witnessedAt: new Date().toISOString() },
        witness.privateKey,
      );
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ countersignature }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, requests: () => requests }),
    ),
  );
}

describe('head hand-over at start-up', () => {
  it('tries again soon while the witness does not answer, and stops once it has countersigned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketenregie-handover-'));
    const { server, url, requests } = await startWitness(2);
    const file = join(dir, 'uwv.jsonl');
    const handOver = startHeadHandOver({
      log: { head: async () => ({ seq: 3, hash: 'a'.repeat(64) }), rowAt: async () => undefined },
      name: 'uwv',
      key: keeper.privateKey,
      witnessUrls: [url],
      file,
      intervalMs: 600_000,
      logger: pino({ level: 'silent' }),
      firstRetryMs: 20,
    });
    try {
      // Without the retry, nothing would be countersigned before the ten-minute interval.
      for (let waited = 0; readCountersignatures(file).length === 0 && waited < 10_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(readCountersignatures(file)).toHaveLength(1);
      expect(requests()).toBe(3);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests()).toBe(3);
    } finally {
      await handOver.stop();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
