/** The scalars every partner subgraph declares (BSN, Date, Money, DateTime, OIN), with their implementations, for its resolvers. */
import { BsnScalar } from '../bsn';
import { DateScalar, DateTimeScalar, MoneyScalar, OinScalar } from '../scalars';

export const partnerScalars = { BSN: BsnScalar, Date: DateScalar, Money: MoneyScalar, DateTime: DateTimeScalar, OIN: OinScalar };
