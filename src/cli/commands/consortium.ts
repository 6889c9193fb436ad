/**
 * The consortium's commands (issue 5): economy, plan, forecast, the yearly report and procurement
 * requirements. They work on the demo data (src/core/consortium/demo-data.ts), or with
 * `--database <url>` on the archive server's database.
 */
import type { Command } from 'commander';
import { withStore } from './consortium-common.ts';
import type { EconomyOptions } from './economy.ts';
import type { ForecastOptions } from './forecast.ts';
import type { InventoryRequirementsOptions } from './inventory.ts';
import type { PlanGenerateOptions } from './plan.ts';
import type { ReportYearlyOptions } from './report.ts';
import { lazy } from '../lazy.ts';

const economyBudgetCommand = lazy(() => import('./economy.ts'), 'economyBudgetCommand');
const economySharesCommand = lazy(() => import('./economy.ts'), 'economySharesCommand');
const forecastCommand = lazy(() => import('./forecast.ts'), 'forecastCommand');
const inventoryRequirementsCommand = lazy(() => import('./inventory.ts'), 'inventoryRequirementsCommand');
const planGenerateCommand = lazy(() => import('./plan.ts'), 'planGenerateCommand');
const reportYearlyCommand = lazy(() => import('./report.ts'), 'reportYearlyCommand');

type DatabaseOption = { readonly database?: string };

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function addConsortiumCommands(
  program: Command,
  run: (action: () => Promise<number>) => Promise<void>,
): void {
  const economy = program
    .command('economy')
    .description('Cost shares, charges, budget and outcome (kostnadsandelar)');
  economy
    .command('shares')
    .description(
      "Each municipality's exact share and maximum charge for a year, in whole tkr summing to the total",
    )
    .requiredOption('--year <year>', 'budget year, e.g. 2021')
    .option('--format <format>', 'text | json', 'text')
    .option('--database <url>', 'archive database (sqlite:PATH or postgres://…); default: the demo data')
    .action((opts: EconomyOptions & DatabaseOption) =>
      run(() => withStore(opts, (store) => economySharesCommand(opts, store))),
    );
  economy
    .command('budget')
    .description('Budget against outcome per cost group, and the refund by share when under budget')
    .requiredOption('--year <year>', 'year with a recorded outcome, e.g. 2020')
    .option('--format <format>', 'text | json', 'text')
    .option('--database <url>', 'archive database (sqlite:PATH or postgres://…); default: the demo data')
    .action((opts: EconomyOptions & DatabaseOption) =>
      run(() => withStore(opts, (store) => economyBudgetCommand(opts, store))),
    );

  const plan = program.command('plan').description('The delivery plan (leveransplan)');
  plan
    .command('generate')
    .description('Generate the delivery plan over quarters within capacity, with a reason per delivery')
    .option('--format <format>', 'text | json', 'text')
    .option('--lang <lang>', 'sv | en (text format)', 'sv')
    .option('--fairness <mode>', 'equal | proportional (to cost share)')
    .option('--capacity <person-days>', 'e-archivists’ person-days per quarter')
    .option('--quarters <n>', 'number of quarters in the plan')
    .option('--first-quarter <YYYY-Qn>', 'first quarter (default: the quarter after today)')
    .option(
      '--pin <system=quarter>',
      'fix a system to a quarter and plan the rest around it (repeatable)',
      collect,
    )
    .option('--no-pilots-first', 'do not plan pilot systems first')
    .option('--database <url>', 'archive database (sqlite:PATH or postgres://…); default: the demo data')
    .action((opts: PlanGenerateOptions & DatabaseOption) =>
      run(() => withStore(opts, (store) => planGenerateCommand(opts, store))),
    );

  program
    .command('forecast')
    .description('Median and 85 % approval dates of every delivery (Monte Carlo), and stalled projects')
    .option('--format <format>', 'text | json', 'text')
    .option('--lang <lang>', 'sv | en (text format)', 'sv')
    .option('--runs <n>', 'simulation runs', '2000')
    .option('--seed <n>', 'random seed: the same seed gives the same forecast')
    .option('--database <url>', 'archive database (sqlite:PATH or postgres://…); default: the demo data')
    .action((opts: ForecastOptions & DatabaseOption) =>
      run(() => withStore(opts, (store) => forecastCommand(opts, store))),
    );

  const report = program.command('report').description('Reports of the consortium');
  report
    .command('yearly')
    .description(
      'The yearly report (återrapportering) in Swedish: deliveries, stalled projects, plan, forecast, economy, savings',
    )
    .requiredOption('--year <year>', 'report year, e.g. 2021')
    .option('--format <format>', 'html | pdf', 'html')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--database <url>', 'archive database (sqlite:PATH or postgres://…); default: the demo data')
    .action((opts: ReportYearlyOptions & DatabaseOption) =>
      run(() => withStore(opts, (store) => reportYearlyCommand(opts, store))),
    );

  const inventory = program.command('inventory').description('The system inventory (systeminventering)');
  inventory
    .command('requirements')
    .description('Printable archive requirements for procuring a system, from the consortium template')
    .requiredOption('--system <name>', 'system name as in the inventory, e.g. W3D3')
    .option('--format <format>', 'html | md', 'html')
    .option('--category <category>', 'category of a system not yet in the inventory, e.g. social-care')
    .option('--template <file>', 'template (default: data/templates/procurement-requirements.yaml)')
    .option('--out <file>', 'output file (default: standard output)')
    .action((opts: InventoryRequirementsOptions) => run(() => inventoryRequirementsCommand(opts)));
}
