/**
 * `samarkiv plan generate`: the delivery plan over quarters from the inventory (demo data), with the
 * reason for every item. Options change the council's settings; `--pin system=quarter` fixes items
 * and the rest is planned around them.
 */
import { isQuarter, quarterLabel } from '../../core/consortium/dates.ts';
import { archiveError } from '../../core/errors.ts';
import type { FairnessMode, Pin, Plan, PlanSettings } from '../../core/planning/model.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { generateConsortiumPlan } from '../../services/consortium/plan.ts';
import { checkFormat, defaultStore, parseInteger, table, writeJson } from './consortium-common.ts';

export interface PlanGenerateOptions {
  readonly format: string;
  readonly fairness?: string;
  readonly capacity?: string;
  readonly quarters?: string;
  readonly firstQuarter?: string;
  readonly pin?: readonly string[];
  readonly pilotsFirst?: boolean;
  readonly lang?: string;
}

function parsePins(values: readonly string[] = []): Pin[] {
  return values.map((v) => {
    const [systemId, quarter] = v.split('=');
    if (!systemId || !quarter || !isQuarter(quarter))
      throw archiveError('ARC_ERR_USAGE', `--pin ${v} (system-id=YYYY-Qn)`);
    return { systemId, quarter };
  });
}

function settingsFrom(opts: PlanGenerateOptions): Partial<PlanSettings> {
  const out: { -readonly [K in keyof PlanSettings]?: PlanSettings[K] } = {};
  if (opts.fairness !== undefined)
    out.fairness = checkFormat(opts.fairness, ['equal', 'proportional']) as FairnessMode;
  const capacity = parseInteger('--capacity', opts.capacity, 0, 10000);
  if (capacity !== undefined) out.capacity = { default: capacity };
  const quarters = parseInteger('--quarters', opts.quarters, 1, 40);
  if (quarters !== undefined) out.quarterCount = quarters;
  if (opts.firstQuarter !== undefined) {
    if (!isQuarter(opts.firstQuarter))
      throw archiveError('ARC_ERR_USAGE', `--first-quarter ${opts.firstQuarter} (YYYY-Qn)`);
    out.firstQuarter = opts.firstQuarter;
  }
  if (opts.pilotsFirst === false) out.pilotsFirst = false;
  return out;
}

export function planDocument(plan: Plan, names: ReadonlyMap<string, string>) {
  const name = (id: string) => names.get(id) ?? id;
  return {
    settings: plan.settings,
    pins: plan.pins,
    items: plan.items.map((i) => ({
      quarter: i.quarter,
      municipality: name(i.municipalityId),
      system_id: i.systemId,
      system: i.systemName,
      effort_person_days: i.effortPersonDays,
      rule: i.rule,
      ordinal: i.ordinal,
      score: i.score.total,
      score_parts: i.score.parts,
      reason_sv: i.reason.sv,
      reason_en: i.reason.en,
      warnings: i.warnings,
    })),
    urgent: plan.urgent.map((u) => ({ ...u, municipality: name(u.municipalityId) })),
    unplanned: plan.unplanned.map((u) => ({
      municipality: name(u.municipalityId),
      system_id: u.systemId,
      system: u.systemName,
      score: u.score.total,
      reason_sv: u.reason.sv,
      reason_en: u.reason.en,
    })),
    load: plan.load,
  };
}

export function planText(plan: Plan, names: ReadonlyMap<string, string>, lang: 'sv' | 'en'): string {
  const name = (id: string) => names.get(id) ?? id;
  const out: string[] = [
    lang === 'sv'
      ? `Leveransplan ${quarterLabel(plan.load[0]?.quarter ?? '')}–${quarterLabel(plan.load.at(-1)?.quarter ?? '')} (fördelning: ${plan.settings.fairness === 'equal' ? 'jämn' : 'efter kostnadsandel'})`
      : `Delivery plan ${quarterLabel(plan.load[0]?.quarter ?? '', 'en')}–${quarterLabel(plan.load.at(-1)?.quarter ?? '', 'en')} (fairness: ${plan.settings.fairness})`,
  ];
  for (const l of plan.load) {
    out.push(
      '',
      `${quarterLabel(l.quarter, lang)}: ${l.planned + l.urgent}/${l.capacity} ${lang === 'sv' ? 'persondagar' : 'person-days'}${l.urgent ? ` (${lang === 'sv' ? 'varav brådskande' : 'urgent'} ${l.urgent})` : ''}`,
    );
    for (const u of plan.urgent.filter((x) => x.quarter === l.quarter))
      out.push(
        `  ! ${name(u.municipalityId)} ${u.systemName} (${u.effortPersonDays} pd) ${lang === 'sv' ? 'brådskande, utanför planen' : 'urgent, outside the plan'}`,
      );
    for (const i of plan.items.filter((x) => x.quarter === l.quarter)) {
      out.push(`  - ${name(i.municipalityId)}: ${i.systemName} (${i.effortPersonDays} pd)`);
      out.push(`      ${i.reason[lang]}`);
      for (const w of i.warnings) out.push(`      ! ${w[lang]}`);
    }
  }
  if (plan.unplanned.length) {
    out.push('', lang === 'sv' ? 'Utanför planperioden:' : 'Outside the plan period:');
    out.push(
      table(
        plan.unplanned.map((u) => [
          `  ${name(u.municipalityId)}`,
          u.systemName,
          String(u.score.total),
          u.reason[lang],
        ]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

export async function planGenerateCommand(
  opts: PlanGenerateOptions,
  store: ConsortiumStore = defaultStore(),
): Promise<number> {
  const format = checkFormat(opts.format, ['text', 'json']);
  const lang = checkFormat(opts.lang ?? 'sv', ['sv', 'en']);
  const plan = await generateConsortiumPlan(store, settingsFrom(opts), parsePins(opts.pin));
  const names = new Map((await store.getConsortium()).municipalities.map((m) => [m.id, m.name]));
  if (format === 'json') writeJson(planDocument(plan, names));
  else process.stdout.write(planText(plan, names, lang));
  return 0;
}
