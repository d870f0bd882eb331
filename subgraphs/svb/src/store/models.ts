/** The SVB's domain models, as the repository returns them. Amounts are integer cents. */

/** The SVB's section of a client: present only for clients the SVB knows. */
export interface SvbRecord {
  bsn: string;
}

export interface AowPension {
  startDate: string;
  monthlyAmount: number;
  /** 0..100: 2% per insured year. */
  accrualPercentage: number;
}

export interface ChildBenefit {
  numberOfChildren: number;
  quarterlyAmount: number;
}
