/**
 * Retention: erases the personal part of every record older than its processing activity's retention period
 * (from the register), then appends a record of the purge itself to the same chain. Records of an activity the
 * register no longer knows are kept and reported: nothing is purged on a guess.
 */
import { type ProcessingActivity, type Register } from '../register';
import { type ChainedLog } from './chainedLog';

/** The register's activity under which the logs' own upkeep (purges) is recorded. */
export const LOG_UPKEEP_ACTIVITY = 'logboek-beheer';

export interface PurgeReport {
  table: string;
  /** Records erased, per activity id. */
  purged: Record<string, number>;
  /** Activities with kept records that the register does not know (their records were left alone). */
  unknownActivities: string[];
}

export async function purgeExpired(log: ChainedLog, register: Register, options: { now?: Date; operator: string }): Promise<PurgeReport> {
  const now = options.now ?? new Date();
  const upkeep: ProcessingActivity | undefined = register.byId.get(LOG_UPKEEP_ACTIVITY);
  if (!upkeep) throw new Error(`The register has no "${LOG_UPKEEP_ACTIVITY}" activity to record purges under`);
  const purged: Record<string, number> = {};
  const unknownActivities: string[] = [];
  for (const activityId of await log.activitiesWithKeptRecords()) {
    const activity = register.byId.get(activityId);
    if (!activity) {
      unknownActivities.push(activityId);
      continue;
    }
    const cutoff = new Date(now.getTime() - activity.retentionDays * 86_400_000).toISOString();
    const count = await log.redactBefore(activityId, cutoff, now.toISOString());
    if (count > 0) purged[activityId] = count;
  }
  await log.append([
    {
      recordedAt: now.toISOString(),
      activityId: upkeep.id,
      activityVersion: upkeep.version,
      subject: null,
      skeleton: { operationName: 'log:purge', status: 'PURGED', purged, unknownActivities, operator: options.operator },
      personal: null,
    },
  ]);
  return { table: log.table, purged, unknownActivities };
}
