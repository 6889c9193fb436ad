/**
 * The seed's economy tables reproduced from the data: every figure of "Maximalt uttag per kommun
 * 2021–2023" (16 × 3 amounts, the printed andel column and its total 0,99) and the 2020 summary.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEMO_DATA } from '../../src/core/consortium/demo-data.ts';
import { apportion } from '../../src/core/economy/apportion.ts';
import { compareBudget, refundsByShare } from '../../src/core/economy/budget.ts';
import { formatDecimalSv, formatThousands } from '../../src/core/economy/format.ts';
import { rational, toNumber } from '../../src/core/economy/rational.ts';
import {
  chargesForYear,
  printedShares,
  roundedChargeShares,
  sharesFromBasis,
  upliftTotal,
} from '../../src/core/economy/shares.ts';

const seed = readFileSync(new URL('../../../shared/seed/000_de22eed900347923.txt', import.meta.url), 'utf8');
const members = DEMO_DATA.consortium.municipalities;
const shares = sharesFromBasis(members, DEMO_DATA.shareBasis);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The seed prints "0,10" for Landskrona and "0,1" for Trelleborg: a trailing zero is optional. */
function seedRow(cells: string[]): RegExp {
  const [name, share, ...amounts] = cells as [string, string, ...string[]];
  const shareRe = escape(share).replace(/0$/, '0?');
  return new RegExp(`^\\s*${escape(name)} ${shareRe} ${amounts.map(escape).join(' ')}\\s*$`, 'm');
}

test('totals 2022 and 2023 are the 2021 total with uppräkning 2.53 % and 2.43 %', () => {
  assert.equal(upliftTotal(8541n, 253), 8757n);
  assert.equal(upliftTotal(8757n, 243), 8970n);
});

test('every row of the 2021–2023 table is reproduced as printed in the seed', () => {
  const years = [2021, 2022, 2023].map((year) => {
    const total = BigInt(DEMO_DATA.budgets.find((b) => b.year === year)?.totalTkr ?? 0);
    return chargesForYear(shares, year, total);
  });
  assert.deepEqual(
    years.map((y) => y.totalTkr),
    [8541n, 8757n, 8970n],
  );
  const printed = printedShares(members);
  members.forEach((m, i) => {
    const row = [
      m.name,
      formatDecimalSv(printed.rounded[i]?.value ?? rational(0), 2),
      ...years.map((y) => formatThousands(y.charges[i]?.amountTkr ?? -1n)),
    ];
    assert.match(seed, seedRow(row), `row ${row.join(' ')}`);
  });
  for (const y of years)
    assert.equal(
      y.charges.reduce((a, c) => a + c.amountTkr, 0n),
      y.totalTkr,
      `${y.year} sums to the total`,
    );
  const total = [
    'Totalt',
    formatDecimalSv(printed.total, 2),
    ...years.map((y) => formatThousands(y.totalTkr)),
  ];
  assert.match(seed, seedRow(total));
  assert.equal(formatDecimalSv(printed.total, 2), '0,99');
});

test('the charge share is exact (Bjuv 311/8541) and the JSON value is its nearest double', () => {
  const bjuv = shares[0];
  assert.equal(bjuv?.municipality.name, 'Bjuv');
  assert.deepEqual(bjuv?.share, rational(311, 8541));
  assert.equal(toNumber(bjuv?.share ?? rational(0)), 311 / 8541);
  assert.ok(String(toNumber(bjuv?.share ?? rational(0))).startsWith('0.0364'));
});

test('the printed andel column is not the charge share rounded (why the population basis is used)', () => {
  const rounded = roundedChargeShares(shares);
  const lund = members.findIndex((m) => m.id === 'lund');
  assert.equal(formatDecimalSv(rounded.values[lund] ?? rational(0), 2), '0,26');
  assert.equal(formatDecimalSv(rounded.values[0] ?? rational(0), 2), '0,04');
  assert.equal(formatDecimalSv(rounded.total, 2), '1,03');
});

test('largest remainder: ties go to the larger weight, then to the earlier part', () => {
  const thirds = apportion(10n, [rational(1), rational(1), rational(1)]);
  assert.deepEqual(
    thirds.map((p) => p.units),
    [4n, 3n, 3n],
  );
  const weighted = apportion(2n, [rational(1), rational(3), rational(1), rational(3)]);
  // Quotas 0.25, 0.75, 0.25, 0.75: the two 0.75 remainders win.
  assert.deepEqual(
    weighted.map((p) => p.units),
    [0n, 1n, 0n, 1n],
  );
  const tie = apportion(1n, [rational(1, 2), rational(1, 2)]);
  assert.deepEqual(
    tie.map((p) => p.units),
    [1n, 0n],
  );
});

test('2020: budget against outcome per cost group as in the seed (8 200 / 3 225 / 4 975)', () => {
  const outcome = DEMO_DATA.outcomes.find((o) => o.year === 2020);
  assert.ok(outcome);
  const c = compareBudget(outcome);
  assert.deepEqual(
    c.lines.map((l) => [l.group, l.budgetTkr, l.outcomeTkr, l.differenceTkr]),
    [
      ['salaries', 5000n, 1670n, 3330n],
      ['courses-travel', 0n, 64n, -64n],
      ['staff-welfare', 0n, 2n, -2n],
      ['purchased-services', 2700n, 1480n, 1220n],
      ['premises', 500n, 0n, 500n],
      ['other', 0n, 9n, -9n],
    ],
  );
  assert.deepEqual(c.total, { budgetTkr: 8200n, outcomeTkr: 3225n, differenceTkr: 4975n });
  assert.match(
    seed,
    new RegExp(
      `Summa ${[c.total.budgetTkr, c.total.outcomeTkr, c.total.differenceTkr].map((v) => formatThousands(v)).join(' ')}`,
    ),
  );
  // The seed prints magnitudes: every |difference| appears after its outcome.
  for (const l of c.lines)
    assert.match(
      seed,
      new RegExp(
        `${formatThousands(l.budgetTkr)} ${formatThousands(l.outcomeTkr)} +${formatThousands(l.differenceTkr < 0n ? -l.differenceTkr : l.differenceTkr)}`,
      ),
    );
});

test('the 2020 surplus is refunded by share and sums exactly to 4 975 tkr', () => {
  const outcome = DEMO_DATA.outcomes[0];
  assert.ok(outcome);
  const refunds = refundsByShare(shares, compareBudget(outcome));
  assert.equal(
    refunds.reduce((a, r) => a + r.refundTkr, 0n),
    4975n,
  );
  const lund = refunds.find((r) => r.municipality.id === 'lund');
  // 4 975 × 2 183 / 8 541 = 1 271.6…
  assert.ok(lund?.refundTkr === 1271n || lund?.refundTkr === 1272n);
});

test('over budget: nothing is refunded', () => {
  const refunds = refundsByShare(
    shares,
    compareBudget({ year: 2030, lines: [{ group: 'other', budgetTkr: 10, outcomeTkr: 12 }] }),
  );
  assert.ok(refunds.every((r) => r.refundTkr === 0n));
});
