/**
 * The consortium's commands (issue 5): economy, plan, forecast, the yearly report and procurement
 * requirements. All work on the demo data (src/core/consortium/demo-data.ts) until the archive
 * server's store is wired in.
 */
import type { Command } from 'commander';
import { economyBudgetCommand, economySharesCommand, type EconomyOptions } from './economy.ts';
import { forecastCommand, type ForecastOptions } from './forecast.ts';
import { inventoryRequirementsCommand, type InventoryRequirementsOptions } from './inventory.ts';
import { planGenerateCommand, type PlanGenerateOptions } from './plan.ts';
import { reportYearlyCommand, type ReportYearlyOptions } from './report.ts';

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
    .action((opts: EconomyOptions) => run(() => economySharesCommand(opts)));
  economy
    .command('budget')
    .description('Budget against outcome per cost group, and the refund by share when under budget')
    .requiredOption('--year <year>', 'year with a recorded outcome, e.g. 2020')
    .option('--format <format>', 'text | json', 'text')
    .action((opts: EconomyOptions) => run(() => economyBudgetCommand(opts)));

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
    .action((opts: PlanGenerateOptions) => run(() => planGenerateCommand(opts)));

  program
    .command('forecast')
    .description('Median and 85 % approval dates of every delivery (Monte Carlo), and stalled projects')
    .option('--format <format>', 'text | json', 'text')
    .option('--lang <lang>', 'sv | en (text format)', 'sv')
    .option('--runs <n>', 'simulation runs', '2000')
    .option('--seed <n>', 'random seed: the same seed gives the same forecast')
    .action((opts: ForecastOptions) => run(() => forecastCommand(opts)));

  const report = program.command('report').description('Reports of the consortium');
  report
    .command('yearly')
    .description(
      'The yearly report (återrapportering) in Swedish: deliveries, stalled projects, plan, forecast, economy, savings',
    )
    .requiredOption('--year <year>', 'report year, e.g. 2021')
    .option('--format <format>', 'html | pdf', 'html')
    .option('--out <file>', 'output file (default: standard output)')
    .action((opts: ReportYearlyOptions) => run(() => reportYearlyCommand(opts)));

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
