/**
 * A partner subgraph's owner is start-up configuration, not an import-time read: a bad OWNER_OIN stops the real
 * process with the clean one-line "cannot start" message, and a test stack can give a partner another owner, who
 * then sees that partner's data without a role while the demo owner no longer does.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DossierDocument } from '../client/__generated__/graphql';
import { demoPartnerBySubgraph } from '../subgraphs/partners';
import { demoBsns } from '../partner-kit';
import { execute } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

const ROOT = join(__dirname, '..');

describe('a partner subgraph started with an invalid OWNER_OIN', () => {
  it('exits 1 with one line naming OWNER_OIN, no stack trace', async () => {
    const env = {
      PATH: process.env.PATH,
      LOG_LEVEL: 'error',
      OWNER_OIN: '12345',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ketenregie-owner-')),
    };
    const exit = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'subgraphs/uwv/src/index.ts')], {
      env,
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: String(error.stderr) }),
    );
    expect(exit).toEqual({ code: 1, stderr: 'uwv: cannot start: OWNER_OIN must be a 20-digit OIN, got "12345"\n' });
  });
});

describe('a test stack with another owner for a partner', () => {
  const otherOwner = { oin: '00000009900000000099', name: 'UWV elsewhere (test)' };
  const bsns = demoBsns(30);
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ seedClients: 100, owners: { uwv: otherOwner } });
  });
  afterAll(() => stack?.stop());

  /** The BSNs whose UWV section the organisation was refused, and those it was shown. */
  async function uwvAs(org: string): Promise<{ refused: string[]; shown: string[] }> {
    const token = await stack.token({ org });
    const seen = { refused: [] as string[], shown: [] as string[] };
    for (const bsn of bsns) {
      const response = await execute(stack.gatewayUrl, DossierDocument, { bsn }, { token });
      if (response.errors?.some((error) => error.code === 'NOT_DISCLOSED' && error.path?.[1] === 'uwv')) seen.refused.push(bsn);
      else if (response.data?.client.uwv?.benefits?.length) seen.shown.push(bsn);
    }
    return seen;
  }

  it('shows the new owner its data without a role, and refuses the demo owner where it holds none', async () => {
    const asOwner = await uwvAs(otherOwner.oin);
    expect(asOwner.refused).toEqual([]);
    expect(asOwner.shown.length).toBeGreaterThan(0);
    const asDemoOwner = await uwvAs(demoPartnerBySubgraph('uwv').oin);
    expect(asDemoOwner.refused.length).toBeGreaterThan(0);
  });
});
