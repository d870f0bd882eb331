/** The scalars every partner subgraph declares (BSN, Date, Money), with their implementations, for its resolvers. */
import { BsnScalar } from '../bsn';
import { DateScalar, MoneyScalar } from '../scalars';

export const partnerScalars = { BSN: BsnScalar, Date: DateScalar, Money: MoneyScalar };
