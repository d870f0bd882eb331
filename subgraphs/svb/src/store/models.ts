/** The SVB's domain models, as the repository returns them. Amounts are integer cents. */

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
