/**
 * Fake Swedish identity numbers for generated exports. Each has a valid Luhn check digit (so
 * systems that check it accept the export) but is made up: personnummer are drawn with birth
 * numbers 980–999, a range the generator reserves and documents as fictitious, and the ERMS file
 * marks them with idNumberType "fiktivt personnummer".
 */
import type { Random } from './random.ts';

/** Luhn (mod 10) check digit of a string of digits, as Skatteverket computes it for personnummer. */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** YYYYMMDD-NNNC with birth number 980–999 (fictitious by the generator's convention). */
export function fakePersonnummer(r: Random): string {
  const year = r.int(1940, 2004);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const birth = r.int(980, 999);
  const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(birth, 3)}`;
  return `${year}${pad(month, 2)}${pad(day, 2)}-${pad(birth, 3)}${luhnDigit(nine)}`;
}

/** NNNNNN-NNNN starting with 55 (aktiebolag) and a valid check digit. */
export function fakeOrganisationNumber(r: Random): string {
  const nine = `55${pad(r.int(0, 9999999), 7)}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
}
