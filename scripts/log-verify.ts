/**
 * `npm run log:verify [-- --store <name>]…`: checks the hash chain of every processing log and of the gateway's
 * audit log (or the named ones) and reports, per log, the first broken link: a changed, removed or cut-off record,
 * or an erasure that no purge record accounts for or that retention did not allow yet. Exits with 1 when a chain is
 * broken.
 */
import { parseArgs } from 'node:util';
import { verifyChain } from './lib/verifyChain';
import { DEFAULT_REGISTER_PATH, envString, loadRegister } from '../common';
import { openLogs, storeNamesFrom } from './lib/logStores';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { store: { type: 'string', multiple: true } } });
  const register = loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH));
  const { open, missing } = await openLogs(storeNamesFrom(values.store));
  let broken = 0;
  try {
    for (const { name, log } of open) {
      const report = await verifyChain(log, register);
      if (report.broken) {
        broken += 1;
        console.log(`${name}: BROKEN at record ${report.broken.seq}: ${report.broken.reason} (${report.checked} records before it are intact)`);
      } else {
        console.log(`${name}: intact, ${report.checked} record${report.checked === 1 ? '' : 's'} (${report.purged} purged at the end of their retention)`);
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
