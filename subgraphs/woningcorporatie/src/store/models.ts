/** The housing corporation's domain models, as the repository returns them. Amounts are integer cents. */
export const COLLECTION_STEP_TYPES = ['REMINDER', 'SECOND_REMINDER', 'HOUSE_VISIT', 'REFERRAL_TO_DEBT_HELP', 'BAILIFF'] as const;

export type CollectionStepType = (typeof COLLECTION_STEP_TYPES)[number];

export interface Address {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
}

export interface Tenancy {
  address: Address;
  startDate: string;
  monthlyRent: number;
}

/** Rent arrears; `bsn` is kept (not exposed) so the collection steps can be loaded from it. */
export interface RentArrears {
  bsn: string;
  amount: number;
  months: number;
}

export interface CollectionStep {
  step: CollectionStepType;
  date: string;
}
