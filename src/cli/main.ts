/**
 * The samarkiv command tree. Each action only parses options and calls a command function that
 * returns the exit code; the work lives in services.
 */
import { Command, CommanderError } from 'commander';
import { isArchiveError } from '../core/errors.ts';
import { sipCreateCommand } from './commands/sip-create.ts';
import { formatsUpdateCommand } from './commands/formats-update.ts';
import { identifyCommand } from './commands/identify.ts';
import { validateCommand, type ValidateCommandOptions } from './commands/validate.ts';
import { serveCommand, type ServeOptions } from './commands/serve.ts';
import { auditVerifyCommand, tenantsListCommand } from './commands/server-admin.ts';
import { VERSION } from './version.ts';

function run(action: () => Promise<number>): Promise<void> {
  return action().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (isArchiveError(e)) {
        process.stderr.write(`${e.code}: ${e.message}\n`);
        process.exitCode = e.exitCode;
      } else {
        process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 2;
      }
    },
  );
}

const program = new Command()
  .name('samarkiv')
  .description('samarkiv: e-arkiv för kommunala arkivsamverkan / e-archive for municipal archive consortia')
  .version(VERSION)
  .exitOverride();

program
  .command('validate')
  .description('Check an information package (folder, ZIP or TAR) against an E-ARK profile')
  .argument('<package>', 'folder, .zip or .tar')
  .option(
    '--profile <profile>',
    'auto | csip-2.1 | csip-2.2 | sip-2.1 | sip-2.2 | aip-2.2 | dip-2.2 | fgs-1 (legacy FGS 1.x)',
    'auto',
  )
  .option('--format <format>', 'text | json | html', 'text')
  .option('--lang <lang>', 'sv | en', 'sv')
  .option('-v, --verbose', 'list every requirement and every file in the text report')
  .option(
    '--no-content',
    'check the package structure only (no format identification, policy, inspection or virus scan)',
  )
  .option('--policy <file>', 'format policy file (default: data/policies/riksarkivet-2009-2.yaml)')
  .option('--policy-override <file>', 'policy override of a submission agreement')
  .option('--naming-pattern <regex>', 'file naming rule (default: a–z, 0–9, - and _, one extension)')
  .option(
    '--clamd <address>',
    'clamd socket path or host:port (default: SAMARKIV_CLAMD_SOCKET / SAMARKIV_CLAMD_HOST)',
  )
  .action((pkg: string, opts: ValidateCommandOptions) => run(() => validateCommand(pkg, opts)));

program
  .command('identify')
  .description('Identify file formats (PRONOM PUIDs) of a file or every file in a folder')
  .argument('<path>', 'file or folder')
  .option('--format <format>', 'text | json', 'text')
  .action((path: string, opts: { format: string }) => run(() => identifyCommand(path, opts)));

const formats = program.command('formats').description('Manage the PRONOM signature files');
formats
  .command('update')
  .description('Install a DROID signature file or container signature file')
  .argument('<signature.xml>', 'DROID_SignatureFile_V*.xml or container-signature-*.xml')
  .action((file: string) => run(() => formatsUpdateCommand(file)));

const sip = program.command('sip').description('Build submission information packages (SIP)');
sip
  .command('create')
  .description('Build an E-ARK SIP from a folder of files and a description file')
  .argument('<folder>', 'folder with the files to deliver')
  .requiredOption('--description <file>', 'description file (.yaml or .json)')
  .requiredOption('--out <path>', 'output: name.zip, name.tar or a folder')
  .option('--profile <profile>', 'sip-2.1 (FGS Paketstruktur 2.0) | sip-2.2', 'sip-2.2')
  .action((folder: string, opts: { description: string; out: string; profile: string }) =>
    run(() =>
      sipCreateCommand(folder, {
        description: opts.description,
        out: opts.out,
        profile: opts.profile as 'sip-2.1' | 'sip-2.2',
      }),
    ),
  );

program
  .command('serve')
  .description('Start the archive service: API, web UI and job workers')
  .option('--demo', 'seed an empty database with the consortium of the seed report and demo accounts')
  .option('--port <port>', 'port (default SAMARKIV_PORT or 8080)')
  .option('--host <host>', 'address to listen on (default SAMARKIV_HOST or 127.0.0.1)')
  .option('--data-dir <dir>', 'data folder (default SAMARKIV_DATA_DIR or var/samarkiv)')
  .option('--database <url>', 'sqlite:<file> or postgres://… (default SAMARKIV_DATABASE_URL)')
  .option('--insecure-cookies', 'session cookies without Secure (plain-HTTP local use only)')
  .action((opts: ServeOptions) => run(() => serveCommand(opts)));

program
  .command('tenants')
  .description('The consortium and its municipalities')
  .command('list')
  .option('--format <format>', 'text | json', 'text')
  .option('--database <url>', 'sqlite:<file> or postgres://… (default SAMARKIV_DATABASE_URL)')
  .action((opts: { format: string; database?: string }) => run(() => tenantsListCommand(opts)));

program
  .command('audit')
  .description('The hash-chained audit log')
  .command('verify')
  .description('Verify the chain: exit 0 when intact, 1 when an entry was changed or removed')
  .option('--format <format>', 'text | json', 'text')
  .option('--database <url>', 'sqlite:<file> or postgres://… (default SAMARKIV_DATABASE_URL)')
  .action((opts: { format: string; database?: string }) => run(() => auditVerifyCommand(opts)));


try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Usage errors: help and version exit 0, everything else is "could not check" (2).
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else throw e;
}
