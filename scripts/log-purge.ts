/**
 * `npm run log:purge [-- --store <name>]…`: erases, in every processing log and in the gateway's audit log (or the
 * named ones), the personal part of the records older than their activity's retention period (from the register),
 * and records the purge itself in each log, in the same transaction, naming what it erased. Safe to run on a
 * schedule (e.g. a nightly CronJob): a second run the same day erases nothing new. After a purge that erased
 * something, the space is given back: SQLite's VACUUM rewrites the file smaller; PostgreSQL's (plain) VACUUM makes
 * the space reusable by new records without locking the log (docs/capacity.md).
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { DEFAULT_REGISTER_PATH, envString, loadRegister } from '../common';
import { purgeExpired } from './lib/logPurge';
import { openLogs, storeNamesFrom } from './lib/logStores';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { store: { type: 'string', multiple: true } } });
  const register = loadRegister(envString('REGISTER_PATH', DEFAULT_REGISTER_PATH));
  const { open, missing } = await openLogs(storeNamesFrom(values.store));
  const operator = envString('LOG_PURGE_OPERATOR', userInfo().username);
  try {
    for (const { name, log, store } of open) {
      const report = await purgeExpired(log, register, { operator });
      const counts = Object.entries(report.purged).map(([activity, count]) => `${activity}: ${count}`);
      console.log(`${name}: purged ${counts.length > 0 ? counts.join(', ') : 'nothing'}`);
      if (counts.length > 0) {
        const vacuum = store.dialect === 'sqlite' ? 'VACUUM' : `VACUUM ${log.table}`;
        // The purge stands either way; a store too busy to vacuum now gives the space back at the next run.
        await (store.dialect === 'sqlite' ? sql`vacuum` : sql`vacuum ${sql.table(log.table)}`).execute(store.db).then(
          () => console.log(`${name}: space given back (${vacuum})`),
          (error: unknown) =>
            console.log(
              `${name}: space not given back yet (${vacuum}: ${error instanceof Error ? error.message : String(error)}); the next purge tries again`,
            ),
        );
      }
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
