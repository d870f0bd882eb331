/**
 * A subgraph's part in witnessed logs: it signs its processing log's head and hands it to the intermediary (a
 * partner's subgraph; the intermediary's own log has no second party among the subgraphs), and it witnesses
 * another party's log on WITNESS_PATH: the intermediary witnesses the partners' processing logs, each partner
 * the gateway's audit log.
 */
import { type Logger } from 'pino';
import {
  AUDIT_LOG_NAME,
  type ChainedLog,
  countersignedDir,
  countersignedFile,
  type HeadHandOver,
  type HeadSigningKey,
  type JsonRouteHandler,
  type LogPublicKeys,
  logPublicKeysFromEnv,
  logSigningKeyFromEnv,
  startHeadHandOver,
  WITNESS_PATH,
  witnessIntervalFromEnv,
} from '../../common';
import { createWitnessEndpoint } from './witnessEndpoint';
import { type WitnessedHeads } from './witnessedHeads';

export interface LogWitnessing {
  /** Signs this subgraph's log head, and countersigns the heads it witnesses (LOG_SIGNING_JWK). */
  key: HeadSigningKey;
  /** The public keys of the logs it witnesses (LOG_PUBLIC_KEYS). */
  publicKeyOf: LogPublicKeys;
  /** LOG_WITNESS_INTERVAL_MS: how often the head is handed over (and once right after start-up). */
  intervalMs: number;
  /** Where countersignatures are kept (DATA_DIR/witnessed). */
  countersignedDir: string;
}

export async function logWitnessingFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): Promise<LogWitnessing> {
  return {
    key: await logSigningKeyFromEnv(name, env),
    publicKeyOf: logPublicKeysFromEnv(env),
    intervalMs: witnessIntervalFromEnv(env),
    countersignedDir: countersignedDir(env),
  };
}

export interface WitnessingParts {
  name: string;
  intermediary: string;
  /** The intermediary's URL (REGIE_URL): the partners' witness. */
  intermediaryUrl: string;
  processingLog: ChainedLog;
  heads: WitnessedHeads;
  witnessing: LogWitnessing;
  logger: Logger;
}

/** The witness route this subgraph serves. */
export function witnessRoutes(parts: WitnessingParts): Record<string, JsonRouteHandler> {
  const isIntermediary = parts.name === parts.intermediary;
  const keeps = (log: string) => (isIntermediary ? log !== AUDIT_LOG_NAME && log !== parts.name : log === AUDIT_LOG_NAME);
  const { key, publicKeyOf } = parts.witnessing;
  return {
    [WITNESS_PATH]: createWitnessEndpoint({ heads: parts.heads, witness: parts.name, key, publicKeyOf, keeps, logger: parts.logger }),
  };
}

/** Starts handing this partner's head to the intermediary; none for the intermediary itself. */
export function startLogHandOver(parts: WitnessingParts): HeadHandOver | undefined {
  if (parts.name === parts.intermediary) return undefined;
  return startHeadHandOver({
    log: parts.processingLog,
    name: parts.name,
    key: parts.witnessing.key,
    witnessUrls: [parts.intermediaryUrl],
    file: countersignedFile(parts.name, parts.witnessing.countersignedDir),
    intervalMs: parts.witnessing.intervalMs,
    logger: parts.logger,
  });
}
