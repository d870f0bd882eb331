/**
 * The public federation workload's data: fictitious users, products and reviews, generated deterministically and
 * kept in memory, so both gateways get exactly the same answers. Sized so that the heavy query's answer is about
 * 88 KB, as in the public benchmark.
 */
export interface User {
  id: string;
  name: string;
  username: string;
  birthday: number;
}

export interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
}

export interface Review {
  id: string;
  body: string;
  authorId: string;
  upc: string;
}

const USERS = 10;
const PRODUCTS = 10;
const REVIEWS_PER_USER = 3;

const WORDS = ['solid', 'light', 'sturdy', 'cheap', 'handy', 'bright', 'quiet', 'warm', 'smooth', 'compact', 'simple', 'fair'];

/** A review text of a fixed length made of words picked by the review's number. */
function reviewBody(n: number): string {
  const words = Array.from({ length: 9 }, (_, i) => WORDS[(n * 7 + i * 5) % WORDS.length]);
  return `Customer review ${n}: ${words.join(' ')}.`;
}

export const users: readonly User[] = Array.from({ length: USERS }, (_, i) => ({
  id: String(i + 1),
  name: `User Number ${i + 1}`,
  username: `user${i + 1}`,
  birthday: 1_000_000_000 + i * 86_400_000,
}));

export const products: readonly Product[] = Array.from({ length: PRODUCTS }, (_, i) => ({
  upc: String(i + 1),
  name: `Product ${String.fromCharCode(65 + (i % 26))}${i + 1}`,
  price: 99 + ((i * 397) % 1_500),
  weight: 100 + ((i * 53) % 900),
}));

export const reviews: readonly Review[] = users.flatMap((user, u) =>
  Array.from({ length: REVIEWS_PER_USER }, (_, k) => {
    const n = u * REVIEWS_PER_USER + k + 1;
    return { id: String(n), body: reviewBody(n), authorId: user.id, upc: String(((u + k * 3) % PRODUCTS) + 1) };
  }),
);

function indexBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export const userById = indexBy(users, (user) => user.id);
export const productByUpc = indexBy(products, (product) => product.upc);
export const reviewById = indexBy(reviews, (review) => review.id);
export const reviewsByAuthor = groupBy(reviews, (review) => review.authorId);
export const reviewsByProduct = groupBy(reviews, (review) => review.upc);
