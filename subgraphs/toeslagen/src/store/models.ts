/** The allowances office's domain models, as the repository returns them. Amounts are integer cents. */
export const ALLOWANCE_KINDS = ['RENT_ALLOWANCE', 'CARE_ALLOWANCE'] as const;

export type AllowanceKind = (typeof ALLOWANCE_KINDS)[number];

export interface Allowance {
  kind: AllowanceKind;
  year: number;
  monthlyAdvance: number;
}

export interface Recovery {
  allowanceKind: AllowanceKind;
  year: number;
  originalAmount: number;
  amountOutstanding: number;
  paymentArrangement: boolean;
}
