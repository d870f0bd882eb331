/**
 * Retention: erases the personal part of every record older than its processing activity's retention period
 * (from the register, by activity id and version) and, in the same transaction, appends the purge record that
 * accounts for it: when, and which records (see `redaction.ts`). Records of an activity version the register does
 * not know are kept and reported: nothing is purged on a guess.
 */
import { type ChainedLog, type Expiry, LOG_UPKEEP_ACTIVITY, type Register, registeredActivity } from '../../common';

export interface PurgeReport {
  table: string;
  /** Records erased, per activity id. */
  purged: Record<string, number>;
  /** Activity versions (`id@version`) with kept records that the register does not know (left alone). */
  unknownActivities: string[];
}

export async function purgeExpired(log: ChainedLog, register: Register, options: { now?: Date; operator: string }): Promise<PurgeReport> {
  const now = options.now ?? new Date();
  const upkeep = register.byId.get(LOG_UPKEEP_ACTIVITY);
  if (!upkeep) throw new Error(`The register has no "${LOG_UPKEEP_ACTIVITY}" activity to record purges under`);
  const expiries: Expiry[] = [];
  const unknownActivities: string[] = [];
  for (const kept of await log.activityVersionsWithKeptRecords()) {
    const activity = registeredActivity(register, kept.activityId, kept.activityVersion);
    if (activity) expiries.push({ ...kept, recordedBefore: new Date(now.getTime() - activity.retentionDays * 86_400_000).toISOString() });
    else unknownActivities.push(`${kept.activityId}@${kept.activityVersion}`);
  }
  const purged: Record<string, number> = {};
  await log.redact(expiries, now.toISOString(), ({ counts, claim }) => {
    expiries.forEach((expiry, index) => {
      const count = counts[index] ?? 0;
      if (count > 0) purged[expiry.activityId] = count;
    });
    return {
      activityId: upkeep.id,
      activityVersion: upkeep.version,
      subject: null,
      skeleton: { operationName: 'log:purge', status: 'PURGED', purged, unknownActivities, operator: options.operator, redacted: claim },
      personal: null,
    };
  });
  return { table: log.table, purged, unknownActivities };
}
