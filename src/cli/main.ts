/**
 * The samarkiv command tree. Each action only parses options and calls a command function that
 * returns the exit code; the work lives in services.
 */
import { Command, CommanderError } from 'commander';
import { isArchiveError } from '../core/errors.ts';
import type { ValidateCommandOptions } from './commands/validate.ts';
import type { ServeOptions } from './commands/serve.ts';
import type { SubmitOptions } from './commands/submit.ts';
import type { ReindexOptions } from './commands/reindex.ts';
import { addGenerateCommands } from './commands/generate.ts';
import { addConsortiumCommands } from './commands/consortium.ts';
import { addStorageCommands } from './commands/storage-commands.ts';
import type { SiardExportOptions } from './commands/siard.ts';
import type { VerifyApprovalOptions } from './commands/verify-approval.ts';
import { lazy } from './lazy.ts';
import { VERSION } from './version.ts';

const sipCreateCommand = lazy(() => import('./commands/sip-create.ts'), 'sipCreateCommand');
const formatsUpdateCommand = lazy(() => import('./commands/formats-update.ts'), 'formatsUpdateCommand');
const identifyCommand = lazy(() => import('./commands/identify.ts'), 'identifyCommand');
const validateCommand = lazy(() => import('./commands/validate.ts'), 'validateCommand');
const serveCommand = lazy(() => import('./commands/serve.ts'), 'serveCommand');
const submitCommand = lazy(() => import('./commands/submit.ts'), 'submitCommand');
const auditVerifyCommand = lazy(() => import('./commands/server-admin.ts'), 'auditVerifyCommand');
const tenantsListCommand = lazy(() => import('./commands/server-admin.ts'), 'tenantsListCommand');
const reindexCommand = lazy(() => import('./commands/reindex.ts'), 'reindexCommand');
const siardExportCommand = lazy(() => import('./commands/siard.ts'), 'siardExportCommand');
const siardImportCommand = lazy(() => import('./commands/siard.ts'), 'siardImportCommand');
const verifyApprovalCommand = lazy(() => import('./commands/verify-approval.ts'), 'verifyApprovalCommand');

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
  .argument('[folder]', 'folder with the files to deliver')
  .requiredOption('--description <file>', 'description file (.yaml or .json)')
  .requiredOption('--out <path>', 'output: name.zip, name.tar or a folder')
  .option('--profile <profile>', 'sip-2.1 (FGS Paketstruktur 2.0) | sip-2.2', 'sip-2.2')
  .option('--erms <file>', 'CITS ERMS file of a case-management export (W3D3 …); see docs/erms-sip.md')
  .option('--documents <folder>', 'with --erms: the folder of the documents the ERMS file refers to')
  .option('--erms-version <version>', 'with --erms: 2.1 | 3.0 (default: from the description, else detected)')
  .option(
    '--siard <file>',
    'a SIARD file (samarkiv siard export): builds a CITS SIARD package; see docs/siard.md',
  )
  .action(
    (
      folder: string | undefined,
      opts: {
        description: string;
        out: string;
        profile: string;
        erms?: string;
        documents?: string;
        ermsVersion?: string;
        siard?: string;
      },
    ) =>
      run(() =>
        sipCreateCommand(folder, {
          description: opts.description,
          out: opts.out,
          profile: opts.profile as 'sip-2.1' | 'sip-2.2',
          ...(opts.erms !== undefined ? { erms: opts.erms } : {}),
          ...(opts.documents !== undefined ? { documents: opts.documents } : {}),
          ...(opts.ermsVersion !== undefined ? { ermsVersion: opts.ermsVersion } : {}),
          ...(opts.siard !== undefined ? { siard: opts.siard } : {}),
        }),
      ),
  );

program
  .command('submit')
  .description(
    'Upload a package (ZIP or TAR) to the archive service, resumably, with its SHA-256 checked on arrival',
  )
  .argument('<package>', '.zip or .tar')
  .requiredOption('--project <id>', 'delivery project id')
  .option('--server <url>', 'archive service address (default SAMARKIV_SERVER)')
  .option('--token <token>', 'API token (default SAMARKIV_TOKEN)')
  .option('--wait', 'wait for delivery control and print the verdict (exit 1 when the package has errors)')
  .option('--upload-url <url>', 'continue an interrupted upload (the address printed when it started)')
  .option('--chunk-size <MiB>', 'MiB per request', '32')
  .option('--timeout <seconds>', 'with --wait: give up after this long', '3600')
  .option('--poll-interval <seconds>', 'with --wait: seconds between checks', '2')
  .option('--format <format>', 'text | json', 'text')
  .option('--lang <lang>', 'sv | en', 'sv')
  .action((pkg: string, opts: SubmitOptions) => run(() => submitCommand(pkg, opts)));

program
  .command('serve')
  .description('Start the archive service: API, web UI and job workers')
  .option('--demo', 'seed an empty database with the consortium of the seed report and demo accounts')
  .option('--port <port>', 'port (default SAMARKIV_PORT or 8080)')
  .option('--host <host>', 'address to listen on (default SAMARKIV_HOST or 127.0.0.1)')
  .option('--data-dir <dir>', 'data folder (default SAMARKIV_DATA_DIR or var/samarkiv)')
  .option('--database <url>', 'sqlite:<file> or postgres://… (default SAMARKIV_DATABASE_URL)')
  .option('--insecure-cookies', 'session cookies without Secure (plain-HTTP local use only)')
  .option(
    '--http-processes <n>',
    'HTTP processes sharing the port, e.g. one per core (default SAMARKIV_HTTP_PROCESSES or 1)',
  )
  .action((opts: ServeOptions) => run(() => serveCommand(opts)));

program
  .command('reindex')
  .description('Rebuild the AIP records and the search index from the storage locations alone')
  .option('--database <url>', 'sqlite:<file> or postgres://… (default SAMARKIV_DATABASE_URL)')
  .option('--data-dir <dir>', 'data folder (default SAMARKIV_DATA_DIR or var/samarkiv)')
  .option('--storage <locations>', 'comma-separated fs:<folder> / s3://… (default SAMARKIV_STORAGE)')
  .option('--verify', 'also read every copy back and compare its checksums')
  .option('--format <format>', 'text | json', 'text')
  .action((opts: ReindexOptions) => run(() => reindexCommand(opts)));

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

program
  .command('verify-approval')
  .description(
    'Check a signed delivery approval: exit 0 valid, 1 invalid (changed or wrong key), 2 could not check',
  )
  .argument('<approval>', 'approval JSON file (GET /api/submissions/<id>/approval/bundle) or a compact JWS')
  .option('--report <report.json>', 'the control report: must be the approved one (…/approval/report.json)')
  .option('--package <sip>', 'the package (ZIP, TAR or folder): every file must match the signed manifest')
  .option('--key <jwk.json>', "the archive's public key (JWK or JWK Set)")
  .option('--server <url>', 'fetch the public key from the archive: <url>/api/signing-keys/<kid>')
  .option('--lang <lang>', 'sv | en', 'sv')
  .option('--format <format>', 'text | json', 'text')
  .action((file: string, opts: VerifyApprovalOptions) => run(() => verifyApprovalCommand(file, opts)));

addGenerateCommands(program, run);
addConsortiumCommands(program, run);
addStorageCommands(program, run);

const siard = program.command('siard').description('SIARD 2.2: export databases, import them back');
siard
  .command('export')
  .description('Export a database (SQLite, PostgreSQL, MariaDB/MySQL) to a SIARD 2.2 file')
  .requiredOption(
    '--from <connection>',
    'sqlite:<file> | postgres://user@host:port/db | mysql://user@host:port/db',
  )
  .requiredOption('--out <file>', 'the .siard file to write (must not exist)')
  .option('--data-owner <text>', 'metadata.xml dataOwner, e.g. "Lunds kommun, Socialnämnden"')
  .option('--origin-timespan <text>', 'metadata.xml dataOriginTimespan, e.g. "2001–2019"')
  .option('--description <text>', 'metadata.xml description of the database')
  .option('--inline-lob-limit <bytes>', 'LOBs longer than this go to files inside the SIARD file', '4000')
  .option('--compression <level>', 'deflate level 0–9 of the XML entries', '6')
  .option('--no-check', 'skip the SIARD checks of the written file')
  .option('-q, --quiet', 'no per-table progress')
  .action((opts: SiardExportOptions) => run(() => siardExportCommand(opts)));
siard
  .command('import')
  .description('Import a SIARD file into an empty SQLite or PostgreSQL database')
  .argument('<siard>', 'the .siard file')
  .requiredOption('--to <connection>', 'sqlite:<file> | postgres://user@host:port/db')
  .option('-q, --quiet', 'no per-table progress')
  .action((file: string, opts: { to: string; quiet?: boolean }) => run(() => siardImportCommand(file, opts)));

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Usage errors: help and version exit 0, everything else is "could not check" (2).
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else throw e;
}
