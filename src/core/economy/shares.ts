/**
 * Cost shares and each member's maximum yearly charge. The share is exact (the member's charge in
 * the basis year over the sum); the charge in a year is the total apportioned by largest remainder,
 * so the charges always add up to the total in whole tkr (docs/consortium.md).
 */
import { archiveError } from '../errors.ts';
import type { Municipality, ShareBasis, YearBudget } from '../consortium/model.ts';
import { apportion } from './apportion.ts';
import { add, rational, roundHalfUp, sum, type Rational } from './rational.ts';

export interface MemberShare {
  readonly municipality: Municipality;
  /** Exact: basis amount / Σ basis amounts. */
  readonly share: Rational;
}

export interface MemberCharge extends MemberShare {
  readonly amountTkr: bigint;
}

export interface YearCharges {
  readonly year: number;
  readonly totalTkr: bigint;
  readonly charges: readonly MemberCharge[];
}

/** Shares in the agreement's member order; refuses a basis that misses a member or has unknown ones. */
export function sharesFromBasis(members: readonly Municipality[], basis: ShareBasis): MemberShare[] {
  const known = new Set(members.map((m) => m.id));
  for (const id of Object.keys(basis.amountsTkr))
    if (!known.has(id)) throw archiveError('ARC_ERR_ECONOMY_SHARE_BASIS_INVALID', `unknown member ${id}`);
  const amounts = members.map((m) => {
    const a = basis.amountsTkr[m.id];
    if (a === undefined || !Number.isInteger(a) || a < 0)
      throw archiveError('ARC_ERR_ECONOMY_SHARE_BASIS_INVALID', `no whole amount for ${m.name}`);
    return BigInt(a);
  });
  const total = amounts.reduce((x, y) => x + y, 0n);
  if (total === 0n) throw archiveError('ARC_ERR_ECONOMY_SHARE_BASIS_INVALID', 'the amounts sum to 0');
  return members.map((municipality, i) => ({ municipality, share: rational(amounts[i] as bigint, total) }));
}

/** Previous total with uppräkning in basis points, rounded half up to whole tkr. */
export function upliftTotal(previousTkr: bigint, upliftBasisPoints: number): bigint {
  const exact = rational(previousTkr * BigInt(10000 + upliftBasisPoints), 10000n);
  const r = roundHalfUp(exact);
  return r.num / r.den;
}

export function budgetForYear(budgets: readonly YearBudget[], year: number): YearBudget {
  const b = budgets.find((x) => x.year === year);
  if (!b) throw archiveError('ARC_ERR_ECONOMY_YEAR_UNKNOWN', year);
  return b;
}

export function chargesForYear(shares: readonly MemberShare[], year: number, totalTkr: bigint): YearCharges {
  const parts = apportion(
    totalTkr,
    shares.map((s) => s.share),
  );
  return {
    year,
    totalTkr,
    charges: shares.map((s, i) => ({ ...s, amountTkr: parts[i]?.units ?? 0n })),
  };
}

export interface PrintedShares {
  /** Per member, the population share rounded half up to two decimals ("0,27"). */
  readonly rounded: readonly { readonly municipality: Municipality; readonly value: Rational }[];
  /** Σ of the rounded values as printed (0,99 in the seed), not 1. */
  readonly total: Rational;
}

/**
 * The seed's "Andel" column: each member's share of the population, rounded to two decimals. It is
 * not the charge share rounded (Lund pays 2 183 / 8 541 = 0,2556 but is printed 0,27); see
 * docs/consortium.md for how this was found.
 */
export function printedShares(members: readonly Municipality[]): PrintedShares {
  const population = BigInt(members.reduce((a, m) => a + m.population, 0));
  // A store without populations (the archive database keeps none yet) prints 0,00, not a crash.
  const rounded = members.map((municipality) => ({
    municipality,
    value:
      population === 0n ? rational(0) : roundHalfUp(rational(BigInt(municipality.population), population), 2),
  }));
  return { rounded, total: sum(rounded.map((r) => r.value)) };
}

/** Charge shares rounded to two decimals and their sum (for comparison with the printed column). */
export function roundedChargeShares(shares: readonly MemberShare[]): { values: Rational[]; total: Rational } {
  const values = shares.map((s) => roundHalfUp(s.share, 2));
  return { values, total: values.reduce(add, rational(0)) };
}
