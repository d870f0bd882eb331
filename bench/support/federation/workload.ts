/**
 * The public federation workload's heavy nested query (users and top products, their reviews, the reviewed
 * products, their reviews, the authors, the authors' reviews and products) and what it needs at our gateway: the
 * workload's register, a manifest that persists the query, and a caller whose token grants the workload's activity.
 */
import { join } from 'node:path';
import { documentHash } from '../../../gateway/src/persisted/manifest';
import { type UserClaims } from '../../../gateway/src/auth/claims';
import { FEDERATION_ACTIVITY } from './schemas';

export const FEDERATION_REGISTER_PATH = join(__dirname, 'register.json');

export const HEAVY_QUERY = `fragment User on User {
  id
  username
  name
}

fragment Review on Review {
  id
  body
}

fragment Product on Product {
  inStock
  name
  price
  shippingEstimate
  upc
  weight
}

query TestQuery {
  users {
    ...User
    reviews {
      ...Review
      product {
        ...Product
        reviews {
          ...Review
          author {
            ...User
            reviews {
              ...Review
              product {
                ...Product
              }
            }
          }
        }
      }
    }
  }
  topProducts {
    ...Product
    reviews {
      ...Review
      author {
        ...User
        reviews {
          ...Review
          product {
            ...Product
          }
        }
      }
    }
  }
}
`;

export const HEAVY_QUERY_HASH = documentHash(HEAVY_QUERY);

/** The persisted-operations manifest our gateway serves in persisted-only mode: just the heavy query. */
export function federationManifest(): string {
  return JSON.stringify({ [HEAVY_QUERY_HASH]: HEAVY_QUERY });
}

/** A fictitious organisation's user, without staff rights (so persisted-only mode applies), for the workload's activity. */
export const FEDERATION_CALLER: UserClaims = {
  sub: 'federation-bench',
  org: '00000009200000000002',
  activities: [FEDERATION_ACTIVITY],
  staff: false,
};
