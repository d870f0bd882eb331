/** The scalars every partner subgraph declares (BSN, Date, Money, DateTime, OIN), with their implementations, for its resolvers. */
import { BsnScalar, DateScalar, DateTimeScalar, MoneyScalar, OinScalar } from '../../common';

export const partnerScalars = { BSN: BsnScalar, Date: DateScalar, Money: MoneyScalar, DateTime: DateTimeScalar, OIN: OinScalar };
