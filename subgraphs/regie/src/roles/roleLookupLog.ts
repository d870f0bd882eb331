/**
 * A role lookup processes the clients it names: which organisation holds which role in a citizen's cases is personal
 * data about that citizen. So regie logs every lookup, at either door, one record per client asked about (the
 * processing log is per data subject, and the citizen's inquiry reads it by subject): who asked (the organisation
 * whose roles), for which request (the trace id the partner forwards as `traceparent`), status `ROLES_LOOKED_UP`,
 * field `Query.rolesOf`. It names no field of the partner's: the partner logs what it disclosed itself.
 */
import { type IncomingMessage } from 'node:http';
import { type NewEntry, type Principal } from '../../../../common';
import { DisclosureRecorder, processingLogEntries, type ProcessingLogSettings, requestTraceOf } from '../../../../partner-kit';

export const ROLES_LOOKED_UP = 'ROLES_LOOKED_UP';
/** The coordinate a lookup's record names, at either door. */
export const ROLE_LOOKUP_FIELD = 'Query.rolesOf';

/** The GraphQL door (`Query.rolesOf`): the processing-log plugin writes the records with the request's own. */
export function recordRoleLookup(recorder: DisclosureRecorder, bsns: readonly string[]): void {
  for (const bsn of bsns) {
    recorder.disclosed(bsn, ROLE_LOOKUP_FIELD);
    recorder.outcome(bsn, ROLES_LOOKED_UP);
  }
}

/** The partners' door (`/internal/roles`): the records of one lookup, under the trace of the request the partner checks. */
export function roleLookupEntries(
  settings: ProcessingLogSettings,
  req: IncomingMessage,
  principal: Principal,
  bsns: readonly string[],
  startedAt: string,
): NewEntry[] {
  const recorder = new DisclosureRecorder();
  recordRoleLookup(recorder, bsns);
  const trace = requestTraceOf(req);
  return processingLogEntries(settings, { principal, trace, operationName: 'roles', startedAt }, recorder.subjects());
}
