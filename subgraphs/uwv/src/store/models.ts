/** UWV's domain models, as the repository returns them. Amounts are integer cents. */
export const BENEFIT_TYPES = ['WW', 'WIA_WGA', 'WIA_IVA'] as const;
export const DISABILITY_CLASSES = ['CLASS_35_45', 'CLASS_45_55', 'CLASS_55_65', 'CLASS_65_80', 'CLASS_80_100'] as const;

export type BenefitType = (typeof BENEFIT_TYPES)[number];
export type DisabilityClass = (typeof DISABILITY_CLASSES)[number];

/**
 * A benefit without its disability class: that health-derived value is read separately (findDisabilityClasses),
 * and only when it may be disclosed.
 */
export interface Benefit {
  id: string;
  /** The client, for the per-client sharing check of the disability class. */
  bsn: string;
  type: BenefitType;
  startDate: string;
  endDate: string | null;
  monthlyAmount: number;
}

export interface IncomeRelation {
  employer: string;
  startDate: string;
  endDate: string | null;
  /** Gross, in cents. */
  monthlyWage: number;
  hoursPerWeek: number;
}
