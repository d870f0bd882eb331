/**
 * The audit log's witnesses: the gateway signs its audit log's head (LOG_SIGNING_JWK, kept outside its store) and
 * hands it to every partner's subgraph, which countersigns and keeps it; the countersignatures go to
 * DATA_DIR/witnessed/gateway.jsonl for `log:verify`. The intermediary's own subgraph is not asked: it is the same
 * party as the gateway.
 */
import { type Logger } from 'pino';
import {
  AUDIT_LOG_NAME,
  type ChainedLog,
  countersignedDir,
  countersignedFile,
  type HeadHandOver,
  type HeadSigningKey,
  logSigningKeyFromEnv,
  startHeadHandOver,
  witnessIntervalFromEnv,
} from '../../../common';

export interface AuditWitnessing {
  key: HeadSigningKey;
  intervalMs: number;
  /** Where countersignatures are kept (DATA_DIR/witnessed). */
  countersignedDir: string;
}

export async function auditWitnessingFromEnv(env: NodeJS.ProcessEnv): Promise<AuditWitnessing> {
  return {
    key: await logSigningKeyFromEnv(AUDIT_LOG_NAME, env),
    intervalMs: witnessIntervalFromEnv(env),
    countersignedDir: countersignedDir(env),
  };
}

/** Starts handing the audit log's head to the subgraphs in `subgraphUrls` other than `intermediary`. */
export function startAuditHeadHandOver(
  auditLog: ChainedLog,
  witnessing: AuditWitnessing,
  subgraphUrls: Record<string, string>,
  intermediary: string,
  logger: Logger,
): HeadHandOver {
  return startHeadHandOver({
    log: auditLog,
    name: AUDIT_LOG_NAME,
    key: witnessing.key,
    witnessUrls: Object.entries(subgraphUrls)
      .filter(([name]) => name !== intermediary)
      .map(([, url]) => url),
    file: countersignedFile(AUDIT_LOG_NAME, witnessing.countersignedDir),
    intervalMs: witnessing.intervalMs,
    logger,
  });
}
