/** Opens a .siard file for import through the SIARD checker's ZIP reader (sizes and CRC enforced). */
import { archiveError } from '../../core/errors.ts';
import { ProblemCollector } from '../../core/siard/siard-analysis.ts';
import type { SiardFileReader } from '../../ports/siard-database.ts';
import { openSiardZip } from '../siard/siard-zip.ts';

export async function openSiardFileReader(path: string): Promise<SiardFileReader> {
  const problems = new ProblemCollector();
  const zip = await openSiardZip(path, path, problems);
  const first = problems.result().zip.items[0];
  if (!zip || first) {
    zip?.close();
    throw archiveError('ARC_ERR_SIARD_FILE_INVALID', path, first?.message.en ?? 'not a readable ZIP file');
  }
  return { names: new Set(zip.files.keys()), read: (name) => zip.read(name), close: () => zip.close() };
}
