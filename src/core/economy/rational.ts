/**
 * Exact non-negative-denominator fractions over BigInt. Money is never a float in samarkiv: a
 * share is a fraction of integers, an amount is whole kronor or tkr, and rounding happens once, at
 * the end, by an explicit rule.
 */

export interface Rational {
  readonly num: bigint;
  /** Always > 0. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('denominator is zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const ZERO = rational(0);
export const ONE = rational(1);

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** Largest integer ≤ value. */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** value − floor(value), in [0, 1). */
export function fractionalPart(a: Rational): Rational {
  return sub(a, rational(floor(a)));
}

/** Rounds half away from zero to `decimals` places; the result is a fraction with den 10^decimals. */
export function roundHalfUp(a: Rational, decimals = 0): Rational {
  const scale = 10n ** BigInt(decimals);
  const scaled = mul(a, rational(scale));
  const sign = scaled.num < 0n ? -1n : 1n;
  const abs = rational(sign * scaled.num, scaled.den);
  const rounded = floor(add(abs, rational(1, 2)));
  return rational(sign * rounded, scale);
}

/** A decimal string with exactly `decimals` places after rounding half up ("0.27"). */
export function toFixed(a: Rational, decimals: number, decimalSeparator = '.'): string {
  const r = roundHalfUp(a, decimals);
  const scale = 10n ** BigInt(decimals);
  const scaled = (r.num * scale) / r.den;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const part = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? decimalSeparator + part : ''}`;
}

/** For display and JSON only: the nearest double. Never compute money with it. */
export function toNumber(a: Rational): number {
  return Number(a.num) / Number(a.den);
}

export function toString(a: Rational): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}
