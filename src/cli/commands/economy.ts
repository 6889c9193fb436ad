/**
 * `samarkiv economy shares --year <year>`: each member's exact share and maximum charge (whole tkr,
 * summing to the year's total). `samarkiv economy budget --year <year>`: budget against outcome per
 * cost group and the refund by share.
 */
import { COST_GROUP_LABELS } from '../../core/economy/budget.ts';
import { formatDecimalSv, formatThousands } from '../../core/economy/format.ts';
import { rational } from '../../core/economy/rational.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { budgetDocument, budgetYear, chargesFor, sharesDocument } from '../../services/consortium/economy.ts';
import { checkFormat, defaultStore, parseInteger, table, writeJson } from './consortium-common.ts';

export interface EconomyOptions {
  readonly year: string;
  readonly format: string;
}

export async function economySharesCommand(
  opts: EconomyOptions,
  store: ConsortiumStore = defaultStore(),
): Promise<number> {
  const format = checkFormat(opts.format, ['text', 'json']);
  const year = parseInteger('--year', opts.year, 1900, 2200) as number;
  const charges = await chargesFor(store, year);
  if (format === 'json') {
    writeJson(sharesDocument(charges));
    return 0;
  }
  const consortium = await store.getConsortium();
  const rows = [
    ['Kommun', 'Andel', 'Maximalt uttag (tkr)'],
    ...charges.charges.map((c) => [
      c.municipality.name,
      formatDecimalSv(c.share, 4),
      formatThousands(c.amountTkr),
    ]),
    ['Totalt', formatDecimalSv(rational(1), 4), formatThousands(charges.totalTkr)],
  ];
  process.stdout.write(
    `${consortium.name}: maximalt uttag per kommun ${year} / maximum charge per municipality (tkr)\n\n${table(rows)}\n`,
  );
  return 0;
}

export async function economyBudgetCommand(
  opts: EconomyOptions,
  store: ConsortiumStore = defaultStore(),
): Promise<number> {
  const format = checkFormat(opts.format, ['text', 'json']);
  const year = parseInteger('--year', opts.year, 1900, 2200) as number;
  const b = await budgetYear(store, year);
  if (format === 'json') {
    writeJson(budgetDocument(b));
    return 0;
  }
  const t = b.comparison.total;
  const lines = [
    ['Utgiftsgrupp', 'Budgeterat', 'Utfall', 'Differens'],
    ...b.comparison.lines.map((l) => [
      COST_GROUP_LABELS[l.group].sv,
      formatThousands(l.budgetTkr),
      formatThousands(l.outcomeTkr),
      formatThousands(l.differenceTkr),
    ]),
    ['Summa', formatThousands(t.budgetTkr), formatThousands(t.outcomeTkr), formatThousands(t.differenceTkr)],
  ];
  const refunds = [
    ['Kommun', 'Återbetalning (tkr)'],
    ...b.refunds.map((r) => [r.municipality.name, formatThousands(r.refundTkr)]),
  ];
  process.stdout.write(
    `Budget och utfall ${year} (tkr); differens = budget − utfall\n\n${table(lines)}\n\n` +
      `Återbetalning per kommun efter andel / refund by share\n\n${table(refunds)}\n`,
  );
  return 0;
}
