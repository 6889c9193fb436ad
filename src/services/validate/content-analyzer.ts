/**
 * A content analyzer looks into the content of a package beyond METS (a CITS ERMS file, a SIARD
 * database …) after the METS documents were parsed, and leaves its findings in
 * `ctx.analyses.get(id)` for the rules of its requirement set. Analyzers read through the package
 * source, so they work the same for folders, ZIP and TAR.
 */
import type { PackageContext } from '../../core/validation/package-context.ts';
import type { PackageSource } from '../../ports/package-source.ts';

export interface ContentAnalyzer {
  /** Key in ctx.analyses, e.g. 'erms', 'siard'. */
  readonly id: string;
  /** Whether the package holds content this analyzer understands. */
  appliesTo(ctx: PackageContext): boolean;
  /** Returns the facts its rules need; must not throw for bad content (report it in the result). */
  analyze(source: PackageSource, ctx: PackageContext): Promise<unknown>;
}
