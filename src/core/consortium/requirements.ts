/**
 * The procurement requirements list: the consortium's template (data/templates/
 * procurement-requirements.yaml) filled in for one system, as Markdown or printable HTML.
 */
import { z } from 'zod';
import { archiveError } from '../errors.ts';
import type { SystemCategory } from './model.ts';

const bilingual = z.object({ sv: z.string().min(1), en: z.string().min(1) });

const templateSchema = z.object({
  title: bilingual,
  intro: bilingual,
  sections: z
    .array(
      z.object({
        title: bilingual,
        requirements: z
          .array(
            z.object({
              id: z.string().regex(/^[A-ZÅÄÖ]+-\d+$/),
              level: z.enum(['ska', 'bör']),
              categories: z.array(z.string()).optional(),
              sv: z.string().min(1),
              en: z.string().min(1),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type RequirementsTemplate = z.infer<typeof templateSchema>;

export function parseRequirementsTemplate(value: unknown, source: string): RequirementsTemplate {
  const r = templateSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw archiveError('ARC_ERR_TEMPLATE_INVALID', source, `${issue?.path.join('.')}: ${issue?.message}`);
  }
  return r.data;
}

export interface RequirementsFor {
  readonly system: string;
  readonly vendor: string | null;
  readonly category: SystemCategory;
  readonly consortium: string;
}

function fill(text: string, f: RequirementsFor): string {
  return text.replaceAll('{system}', f.system).replaceAll('{consortium}', f.consortium);
}

/** The template's sections with only the requirements that apply to the system's category. */
export function requirementsFor(t: RequirementsTemplate, f: RequirementsFor) {
  return {
    title: { sv: fill(t.title.sv, f), en: fill(t.title.en, f) },
    intro: { sv: fill(t.intro.sv, f), en: fill(t.intro.en, f) },
    sections: t.sections
      .map((s) => ({
        title: s.title,
        requirements: s.requirements
          .filter((r) => !r.categories || r.categories.includes(f.category))
          .map((r) => ({ ...r, sv: fill(r.sv, f), en: fill(r.en, f) })),
      }))
      .filter((s) => s.requirements.length > 0),
  };
}

type Filled = ReturnType<typeof requirementsFor>;

export function requirementsMarkdown(r: Filled, f: RequirementsFor): string {
  const lines = [`# ${r.title.sv}`, '', `*${r.title.en}*`, '', r.intro.sv, ''];
  if (f.vendor) lines.push(`Nuvarande leverantör: ${f.vendor}. Kategori: ${f.category}.`, '');
  for (const s of r.sections) {
    lines.push(
      `## ${s.title.sv} / ${s.title.en}`,
      '',
      '| Id | Nivå | Krav | Requirement |',
      '|---|---|---|---|',
    );
    for (const q of s.requirements) lines.push(`| ${q.id} | ${q.level.toUpperCase()} | ${q.sv} | ${q.en} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function requirementsHtml(r: Filled, f: RequirementsFor): string {
  const sections = r.sections
    .map(
      (s) =>
        `<h2>${esc(s.title.sv)} <span class="en">/ ${esc(s.title.en)}</span></h2><table><thead><tr><th>Id</th><th>Nivå</th><th>Krav</th><th class="en">Requirement</th><th>Uppfylls (ja/nej)</th></tr></thead><tbody>${s.requirements
          .map(
            (q) =>
              `<tr><td>${esc(q.id)}</td><td><b>${esc(q.level.toUpperCase())}</b></td><td>${esc(q.sv)}</td><td class="en">${esc(q.en)}</td><td class="box"></td></tr>`,
          )
          .join('')}</tbody></table>`,
    )
    .join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${esc(r.title.sv)}</title><style>
@page { size: A4; margin: 16mm; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d232b; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 17pt; margin-bottom: 2px; } h2 { font-size: 12pt; margin-top: 18px; color: #16406f; }
.en { color: #55606c; } table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #c8ced6; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eef2f6; } td.box { width: 22mm; } tr { break-inside: avoid; }
</style></head><body><h1>${esc(r.title.sv)}</h1><div class="en">${esc(r.title.en)}</div>
<p>${esc(r.intro.sv)}</p><p class="en">${esc(r.intro.en)}</p>
${f.vendor ? `<p>Nuvarande leverantör: ${esc(f.vendor)}. Kategori: ${esc(f.category)}.</p>` : ''}
${sections}
<p class="en">SKA = obligatoriskt krav (must), BÖR = önskemål som värderas (should).</p></body></html>
`;
}
