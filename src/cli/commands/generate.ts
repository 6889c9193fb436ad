/**
 * `samarkiv generate …`: generators of believable fake data in Swedish for tests, demos and
 * benchmarks. Each generator is one subcommand registered here.
 */
import type { Command } from 'commander';
import type { GenerateW3d3CommandOptions } from './generate-w3d3.ts';
import type { GenerateProcapitaCommandOptions } from './generate-procapita.ts';
import { lazy } from '../lazy.ts';

const generateW3d3Command = lazy(() => import('./generate-w3d3.ts'), 'generateW3d3Command');
const generateProcapitaCommand = lazy(() => import('./generate-procapita.ts'), 'generateProcapitaCommand');

export function addGenerateCommands(
  program: Command,
  run: (action: () => Promise<number>) => Promise<void>,
): void {
  const generate = program.command('generate').description('Generate fake test data (Swedish)');
  generate
    .command('w3d3')
    .description('A W3D3-like case-management export: CITS ERMS XML, PDF/A documents, description file')
    .requiredOption('--out <folder>', 'new or empty output folder')
    .option('--cases <n>', 'number of cases (ärenden)', '100')
    .option('--seed <n>', 'random seed: the same seed gives the same export', '1')
    .option('--erms-version <version>', 'CITS ERMS 2.1 (FGS Ärendehantering 2.0) | 3.0', '2.1')
    .action((opts: GenerateW3d3CommandOptions) => run(() => generateW3d3Command(opts)));
  generate
    .command('procapita')
    .description(
      'A Procapita-like social-care database (22 tables, fictitious personnummer) in SQLite or PostgreSQL',
    )
    .requiredOption('--out <connection>', 'sqlite:<file> or postgres://…/<empty database>')
    .option('--rows <n>', 'about this many rows in all', '2000')
    .option('--seed <n>', 'random seed: the same seed gives the same database', '1')
    .action((opts: GenerateProcapitaCommandOptions) => run(() => generateProcapitaCommand(opts)));
}
