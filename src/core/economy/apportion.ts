/**
 * Largest-remainder apportionment (Hamilton's method): whole units that always sum exactly to the
 * total. Every part first gets the floor of its exact quota; the units left over go one each to the
 * parts with the largest fractional remainders. Ties are broken by the larger weight, then by the
 * order of the parts (the agreement's table order), so the result never depends on sorting details.
 */
import { compare, div, floor, fractionalPart, mul, rational, sum, type Rational } from './rational.ts';

export interface Apportioned {
  /** Exact quota: total × weight / Σ weights. */
  readonly quota: Rational;
  /** Whole units given. */
  readonly units: bigint;
}

export function apportion(total: bigint, weights: readonly Rational[]): Apportioned[] {
  if (total < 0n) throw new RangeError('total must be ≥ 0');
  if (weights.length === 0) return [];
  const weightSum = sum(weights);
  if (weightSum.num <= 0n || weights.some((w) => w.num < 0n))
    throw new RangeError('weights must be ≥ 0 with a positive sum');
  const quotas = weights.map((w) => mul(rational(total), div(w, weightSum)));
  const units = quotas.map(floor);
  let left = total - units.reduce((a, b) => a + b, 0n);
  const order = quotas
    .map((q, i) => ({ i, rest: fractionalPart(q), weight: weights[i] as Rational }))
    .sort((a, b) => compare(b.rest, a.rest) || compare(b.weight, a.weight) || a.i - b.i);
  for (const { i } of order) {
    if (left === 0n) break;
    units[i] = (units[i] as bigint) + 1n;
    left -= 1n;
  }
  return quotas.map((quota, i) => ({ quota, units: units[i] as bigint }));
}
