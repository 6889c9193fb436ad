/**
 * `samarkiv forecast`: median and 85 % approval dates of every open delivery project and every
 * planned delivery, the whole plan's completion, and the stalled projects with who they wait for.
 */
import { PARTY_LABELS, PHASE_LABELS } from '../../core/consortium/model.ts';
import type { Forecast } from '../../core/forecast/forecast.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { forecastConsortium } from '../../services/consortium/forecast.ts';
import { checkFormat, defaultStore, parseInteger, table, writeJson } from './consortium-common.ts';

export interface ForecastOptions {
  readonly format: string;
  readonly runs?: string;
  readonly seed?: string;
  readonly lang?: string;
}

export function forecastDocument(
  f: Forecast,
  names: ReadonlyMap<string, string>,
  systemNames: ReadonlyMap<string, string>,
) {
  return {
    as_of: f.settings.asOf,
    runs: f.settings.runs,
    seed: f.settings.seed,
    observations: f.observations,
    whole_plan: f.wholePlan,
    deliveries: f.deliveries.map((d) => ({
      project: d.projectId,
      municipality: names.get(d.municipalityId) ?? d.municipalityId,
      system_id: d.systemId,
      system: systemNames.get(d.systemId) ?? d.systemId,
      phase: d.phase,
      phase_since: d.phaseSince,
      approved_on: d.approvedOn,
      median: d.median,
      p85: d.p85,
      basis: d.basis,
      stalled: d.stalled,
    })),
  };
}

export function forecastText(
  f: Forecast,
  names: ReadonlyMap<string, string>,
  systemNames: ReadonlyMap<string, string>,
  lang: 'sv' | 'en',
): string {
  const sv = lang === 'sv';
  const rows = [
    sv
      ? ['Projekt', 'Kommun', 'System', 'Fas', 'Sedan', 'Median', '85 %']
      : ['Project', 'Municipality', 'System', 'Phase', 'Since', 'Median', '85 %'],
    ...f.deliveries
      .filter((d) => d.phase !== 'stopped')
      .map((d) => [
        d.projectId ?? (sv ? 'plan' : 'plan'),
        names.get(d.municipalityId) ?? d.municipalityId,
        systemNames.get(d.systemId) ?? d.systemId,
        PHASE_LABELS[d.phase][lang],
        d.phaseSince ?? '',
        d.approvedOn ? `${sv ? 'godkänd' : 'approved'} ${d.approvedOn}` : (d.median ?? ''),
        d.approvedOn ? '' : (d.p85 ?? ''),
      ]),
  ];
  const stalled = f.deliveries.filter((d) => d.stalled);
  const lines = [
    sv
      ? `Prognos per ${f.settings.asOf} (${f.settings.runs} simuleringar över ${f.observations} observerade fastider)`
      : `Forecast as of ${f.settings.asOf} (${f.settings.runs} runs over ${f.observations} observed phase durations)`,
    f.wholePlan
      ? sv
        ? `Hela planen klar: median ${f.wholePlan.median}, 85 % ${f.wholePlan.p85}`
        : `Whole plan done: median ${f.wholePlan.median}, 85 % ${f.wholePlan.p85}`
      : '',
    '',
    table(rows),
    '',
    sv ? `Stillastående projekt (${stalled.length}):` : `Stalled projects (${stalled.length}):`,
    ...stalled.map((d) => {
      const s = d.stalled!;
      const party = `${PARTY_LABELS[s.waitingFor][lang]}${s.waitingForName ? ` (${s.waitingForName})` : ''}`;
      return sv
        ? `  ${d.projectId} ${names.get(d.municipalityId)} ${systemNames.get(d.systemId)}: ${PHASE_LABELS[s.phase].sv.toLowerCase()} i ${s.days} dagar (brukar ta högst ${s.usualDays}); väntar på ${party}${s.note ? `: ${s.note}` : ''}`
        : `  ${d.projectId} ${names.get(d.municipalityId)} ${systemNames.get(d.systemId)}: ${PHASE_LABELS[s.phase].en.toLowerCase()} for ${s.days} days (usually at most ${s.usualDays}); waiting for ${party}${s.note ? `: ${s.note}` : ''}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

export async function forecastCommand(
  opts: ForecastOptions,
  store: ConsortiumStore = defaultStore(),
): Promise<number> {
  const format = checkFormat(opts.format, ['text', 'json']);
  const lang = checkFormat(opts.lang ?? 'sv', ['sv', 'en']);
  const runs = parseInteger('--runs', opts.runs, 1, 1_000_000);
  const seed = parseInteger('--seed', opts.seed, 0, 2 ** 32 - 1);
  const { forecast } = await forecastConsortium(store, {
    ...(runs !== undefined ? { runs } : {}),
    ...(seed !== undefined ? { seed } : {}),
  });
  const names = new Map((await store.getConsortium()).municipalities.map((m) => [m.id, m.name]));
  const systemNames = new Map((await store.getSystems()).map((s) => [s.id, s.name]));
  if (format === 'json') writeJson(forecastDocument(forecast, names, systemNames));
  else process.stdout.write(forecastText(forecast, names, systemNames, lang));
  return 0;
}
