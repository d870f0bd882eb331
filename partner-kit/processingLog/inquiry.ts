/**
 * A citizen's inquiry (AVG art. 15), answered by each partner from its own processing log: which of the citizen's
 * fields it disclosed or refused, when, to which organisation, for which activity, with the purpose and legal basis
 * joined from the register at the time of asking. Activities the register marks confidential are left out. Only
 * the citizen themselves or the intermediary's staff may ask, and only under the inquiry activity. The answer is
 * what the log holds: a record erased outside a legitimate purge is gone from it too, and `log:verify` names it.
 */
import { type ChainedLog, ErrorCode, INQUIRY_ACTIVITY, isValidBsn, ketenError, type Principal, type Register } from '../../common';
import { type SubjectHasher } from './subjectKey';

const MAX_LIMIT = 500;

export interface DisclosureView {
  at: string;
  recipient: string;
  activity: string;
  activityVersion: number;
  purpose: string;
  legalBasis: string;
  status: string;
  fields: string[];
  refusedFields: string[];
  traceId: string;
}

export interface PartnerDisclosuresView {
  partner: string;
  disclosures: DisclosureView[];
  truncated: boolean;
}

export interface InquiryOptions {
  before?: string | null;
  limit?: number | null;
}

export interface InquiryService {
  disclosuresOf(principal: Principal, bsn: string, options: InquiryOptions): Promise<PartnerDisclosuresView>;
}

/** Throws FORBIDDEN unless the principal may see what was disclosed about `bsn`. */
export function assertMayInquire(principal: Principal, bsn: string): void {
  if (principal.activity !== INQUIRY_ACTIVITY) {
    throw ketenError(ErrorCode.FORBIDDEN, `An inquiry into the processing logs must be made under the activity "${INQUIRY_ACTIVITY}".`);
  }
  const ownBsn = principal.citizen !== undefined && principal.citizen === bsn;
  const staff = principal.staff && principal.citizen === undefined;
  if (!ownBsn && !staff) {
    throw ketenError(
      ErrorCode.FORBIDDEN,
      "Only the citizen themselves or the intermediary's staff may see what was disclosed about this BSN.",
    );
  }
}

interface Skeleton {
  traceId?: unknown;
  status?: unknown;
  callerOrg?: unknown;
}

interface Personal {
  disclosed?: unknown;
  refused?: unknown;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function createInquiryService(settings: {
  partner: string;
  log: ChainedLog;
  hashSubject: SubjectHasher;
  register: Register;
}): InquiryService {
  const confidential = settings.register.activities.filter((activity) => activity.confidential).map((activity) => activity.id);
  return {
    async disclosuresOf(principal, bsn, options) {
      if (!isValidBsn(bsn)) throw ketenError(ErrorCode.INVALID_BSN, 'The BSN of an inquiry must pass the eleven-test.');
      assertMayInquire(principal, bsn);
      const limit = options.limit ?? 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
        throw ketenError(ErrorCode.BAD_USER_INPUT, `Ask for 1 to ${MAX_LIMIT} disclosures (limit).`);
      const rows = await settings.log.rowsOfSubject(settings.hashSubject(bsn), {
        before: options.before ?? undefined,
        limit: limit + 1,
        excludeActivities: confidential,
      });
      const disclosures = rows.slice(0, limit).map((row): DisclosureView => {
        const skeleton = JSON.parse(row.skeleton) as Skeleton;
        const personal = JSON.parse(row.personal ?? '{}') as Personal;
        const activity = settings.register.byId.get(row.activityId);
        return {
          at: row.recordedAt,
          recipient: typeof skeleton.callerOrg === 'string' ? skeleton.callerOrg : '',
          activity: row.activityId,
          activityVersion: row.activityVersion,
          purpose: activity ? `${activity.name}: ${activity.purpose}` : 'No longer in the register',
          legalBasis: activity?.legalBasis ?? 'No longer in the register',
          status: typeof skeleton.status === 'string' ? skeleton.status : 'UNKNOWN',
          fields: strings(personal.disclosed),
          refusedFields: strings(personal.refused),
          traceId: typeof skeleton.traceId === 'string' ? skeleton.traceId : '',
        };
      });
      return { partner: settings.partner, disclosures, truncated: rows.length > limit };
    },
  };
}
