/**
 * `npm run log:verify [-- --store <name>]…`: checks the hash chain of every processing log and of the gateway's
 * audit log (or the named ones) and reports, per log, the first broken link: a changed, removed or cut-off record,
 * or an erasure that no purge record accounts for or that retention did not allow yet; and where the chain leaves
 * the latest head its witnesses countersigned: a fork (the record at a witnessed size has another hash) or a
 * truncation (the chain is shorter than a witnessed head). Exits with 1 when a chain is broken or a kept
 * countersignature does not hold.
 */
import { parseArgs } from 'node:util';
import { verifyChain } from './lib/verifyChain';
import { DEFAULT_REGISTER_PATH, envString, loadRegister } from '../common';
import { openLogs, storeNamesFrom, witnessedHeadsOf } from './lib/logStores';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { store: { type: 'string', multiple: true } } });
  const register = loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH));
  const { open, missing } = await openLogs(storeNamesFrom(values.store));
  let broken = 0;
  try {
    for (const { name, log } of open) {
      const witnessed = await witnessedHeadsOf(name);
      for (const problem of witnessed.invalid) console.log(`${name}: ${problem}`);
      if (witnessed.invalid.length > 0) broken += 1;
      const report = await verifyChain(log, register, { witnessed: witnessed.heads });
      if (report.broken) {
        broken += 1;
        const what = report.divergence === 'fork' ? 'FORKED' : report.divergence === 'truncation' ? 'TRUNCATED' : 'BROKEN';
        const context = report.divergence
          ? `its ${report.checked} records link up, head row included`
          : `${report.checked} records before it are intact`;
        console.log(`${name}: ${what} at record ${report.broken.seq}: ${report.broken.reason} (${context})`);
      } else {
        const by = report.witnessed
          ? `; extends the head of ${report.witnessed.size} records ${report.witnessed.witness} witnessed at ${report.witnessed.witnessedAt}`
          : '; no witnessed head';
        console.log(
          `${name}: intact, ${report.checked} record${report.checked === 1 ? '' : 's'} (${report.purged} purged at the end of their retention)${by}`,
        );
      }
    }
  } finally {
    await Promise.all(open.map(({ store }) => store.close()));
  }
  for (const name of missing) console.log(`${name}: no store yet (nothing logged)`);
  return broken > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`log:verify: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
