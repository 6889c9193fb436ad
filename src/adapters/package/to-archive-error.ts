import { ArchiveError, isArchiveError, type ErrorCode } from '../../core/errors.ts';

/**
 * Turns whatever a parser, stream or syscall threw into an ArchiveError, so that callers only ever
 * see coded errors. An error from a syscall (it carries `syscall`: ENOENT, EACCES, EIO…) means the
 * input could not be read; anything else thrown while parsing means the bytes themselves are bad.
 */
export function asArchiveError(error: unknown, code: ErrorCode, subject: string): ArchiveError {
  if (isArchiveError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const fromSyscall = error instanceof Error && 'syscall' in error;
  return new ArchiveError(fromSyscall ? 'ARC_ERR_INPUT_READ' : code, [`${subject}: ${message}`], {
    cause: error,
  });
}
