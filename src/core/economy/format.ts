/** Swedish number formatting for tables: "2 183" (space as thousands separator), "0,27". */
import { toFixed, type Rational } from './rational.ts';

export function formatThousands(value: bigint | number, separator = ' '): string {
  const v = BigInt(value);
  const digits = (v < 0n ? -v : v).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return v < 0n ? `−${grouped}` : grouped;
}

export function formatDecimalSv(value: Rational, decimals: number): string {
  return toFixed(value, decimals, ',');
}
