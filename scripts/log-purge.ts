/**
 * `npm run log:purge [-- --store <name>]…`: erases, in every processing log and in the gateway's audit log (or the
 * named ones), the personal part of the records older than their activity's retention period (from the register),
 * and records the purge itself in each log, in the same transaction, naming what it erased. Safe to run on a
 * schedule (e.g. a nightly CronJob): a second run the same day erases nothing new.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_REGISTER_PATH, envString, loadRegister } from '../common';
import { purgeExpired } from './lib/logPurge';
import { openLogs, storeNamesFrom } from './lib/logStores';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { store: { type: 'string', multiple: true } } });
  const register = loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH));
  const { open, missing } = await openLogs(storeNamesFrom(values.store));
  const operator = envString('LOG_PURGE_OPERATOR', userInfo().username);
  try {
    for (const { name, log } of open) {
      const report = await purgeExpired(log, register, { operator });
      const counts = Object.entries(report.purged).map(([activity, count]) => `${activity}: ${count}`);
      console.log(`${name}: purged ${counts.length > 0 ? counts.join(', ') : 'nothing'}`);
      if (report.unknownActivities.length > 0) {
        console.log(`${name}: kept records of activity versions not in the register: ${report.unknownActivities.join(', ')}`);
      }
    }
  } finally {
    await Promise.all(open.map(({ store }) => store.close()));
  }
  for (const name of missing) console.log(`${name}: no store yet (nothing to purge)`);
}

main().catch((error: unknown) => {
  console.error(`log:purge: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
