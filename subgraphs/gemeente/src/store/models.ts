/** The municipality's domain models, as the repository returns them. Amounts are integer cents. */
export const SOCIAL_ASSISTANCE_STATUSES = ['APPLIED', 'GRANTED', 'SUSPENDED', 'ENDED', 'REJECTED'] as const;
export const HOUSEHOLD_TYPES = ['SINGLE', 'SINGLE_PARENT', 'COUPLE'] as const;
export const WMO_SUPPORT_TYPES = ['HOUSEHOLD_HELP', 'DAY_ACTIVITIES', 'HOME_ADAPTATION', 'MOBILITY_AID', 'SUPPORTED_LIVING'] as const;
export const DEBT_HELP_STATUSES = ['REGISTERED', 'STABILISATION', 'DEBT_ARRANGEMENT', 'AFTERCARE', 'CLOSED'] as const;

export type SocialAssistanceStatus = (typeof SOCIAL_ASSISTANCE_STATUSES)[number];
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];
export type WmoSupportType = (typeof WMO_SUPPORT_TYPES)[number];
export type DebtHelpStatus = (typeof DEBT_HELP_STATUSES)[number];

export interface SocialAssistance {
  status: SocialAssistanceStatus;
  startDate: string;
  endDate: string | null;
  normAmount: number;
  household: HouseholdType;
}

/** Wmo support without the health limitation: that value is read separately, only once it may be disclosed. */
export interface WmoSupport {
  id: string;
  /** The client, for the per-client sharing check of the health limitation. */
  bsn: string;
  type: WmoSupportType;
  startDate: string;
  endDate: string | null;
}

export interface DebtHelpTrajectory {
  status: DebtHelpStatus;
  startDate: string;
  totalDebt: number;
  creditorCount: number;
}
