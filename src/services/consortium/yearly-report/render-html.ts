/**
 * The yearly report (återrapportering) as one self-contained Swedish HTML document: print CSS for
 * A4, tables for the figures, inline SVG for what a reader would rather look at.
 */
import { addQuarters, quarterLabel, quarterOf, quarterStart } from '../../../core/consortium/dates.ts';
import { PARTY_LABELS, PHASE_LABELS, type DeliveryProject } from '../../../core/consortium/model.ts';
import { COST_GROUP_LABELS } from '../../../core/economy/budget.ts';
import { formatDecimalSv, formatThousands } from '../../../core/economy/format.ts';
import { rational } from '../../../core/economy/rational.ts';
import type { DeliveryForecast } from '../../../core/forecast/forecast.ts';
import { CRITERION_LABELS } from '../../../core/planning/criteria.ts';
import type { YearlyReportData } from './gather.ts';
import { esc, ganttChart, groupedBars, lineChart, stackedBars, type GanttRow } from './svg.ts';

const NBSP = '\u00a0';
const tkr = (v: bigint | number) => formatThousands(v, NBSP);
const kr = (v: bigint | number) => `${formatThousands(v, NBSP)}${NBSP}kr`;

const COLORS = {
  approved: '#2e7d32',
  ongoing: '#1f5fa8',
  stalled: '#b3261e',
  planned: '#8795a3',
  urgent: '#d98200',
  budget: '#9fb3c8',
  outcome: '#1f5fa8',
};

const CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d232b; line-height: 1.4; margin: 0; }
header { border-bottom: 3px solid #1f5fa8; margin-bottom: 14px; padding-bottom: 8px; }
header .org { font-size: 9pt; color: #55606c; text-transform: uppercase; letter-spacing: .06em; }
h1 { font-size: 20pt; margin: 4px 0 2px; }
h2 { font-size: 13.5pt; margin: 22px 0 6px; color: #16406f; border-bottom: 1px solid #d0d4da; padding-bottom: 2px; break-after: avoid; }
h3 { font-size: 11pt; margin: 14px 0 4px; break-after: avoid; }
p { margin: 4px 0 8px; }
.muted { color: #55606c; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9pt; }
th, td { padding: 3px 6px; border-bottom: 1px solid #e1e5ea; text-align: left; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.sum td { font-weight: 700; border-top: 1.5px solid #1d232b; }
tr { break-inside: avoid; }
.kpis { display: flex; gap: 8px; margin: 8px 0 4px; }
.kpi { flex: 1; border: 1px solid #d0d4da; border-radius: 4px; padding: 6px 8px; }
.kpi b { display: block; font-size: 16pt; color: #16406f; }
.kpi span { font-size: 8.5pt; color: #55606c; }
figure { margin: 8px 0 12px; break-inside: avoid; }
figcaption { font-size: 8.5pt; color: #55606c; margin-top: 2px; }
.stalled { color: #b3261e; font-weight: 600; }
.section { break-before: page; }
`;

function phaseLabel(p: DeliveryProject): string {
  return PHASE_LABELS[p.history[p.history.length - 1]?.phase ?? 'planned'].sv;
}

function summary(d: YearlyReportData): string {
  const stalled = d.forecast.deliveries.filter((f) => f.stalled).length;
  const realised = d.savings.realisedCurve.at(-1)?.yearlyRateSek ?? 0n;
  const expectedRate = d.savings.expectedCurve.at(-1)?.yearlyRateSek ?? 0n;
  const kpi = (value: string, label: string) =>
    `<div class="kpi"><b>${value}</b><span>${esc(label)}</span></div>`;
  return `<div class="kpis">${[
    kpi(String(d.projects.length), `leveransprojekt med arbete ${d.year}`),
    kpi(String(d.approvals.length), `leveransgodkännanden ${d.year}`),
    kpi(String(stalled), 'stillastående projekt'),
    kpi(d.forecast.wholePlan?.p85 ?? '–', 'hela planen klar (85 %)'),
  ].join('')}</div>
<p>Realiserade besparingar: <b>${kr(realised)}</b> per år. Förväntade besparingar när planen är genomförd: <b>${kr(expectedRate)}</b> per år.</p>`;
}

function deliveriesSection(
  d: YearlyReportData,
  forecasts: Map<string, DeliveryForecast>,
  names: Map<string, string>,
): string {
  const rows = d.projects
    .map((p) => {
      const last = p.history[p.history.length - 1];
      const f = forecasts.get(p.id);
      const kind = p.kind === 'urgent' ? 'brådskande' : p.kind === 'pilot' ? 'pilot' : 'plan';
      return `<tr><td>${esc(names.get(p.municipalityId) ?? p.municipalityId)}</td><td>${esc(d.systems.get(p.systemId)?.name ?? p.systemId)}</td><td>${kind}</td><td${f?.stalled ? ' class="stalled"' : ''}>${esc(phaseLabel(p))}</td><td class="n">${esc(last?.at ?? '')}</td><td class="n">${esc(f?.approvedOn ? `godkänd` : (f?.median ?? ''))}</td><td class="n">${esc(f?.approvedOn ? '' : (f?.p85 ?? ''))}</td></tr>`;
    })
    .join('');
  const members = d.consortium.municipalities;
  const count = (m: string, pred: (p: DeliveryProject, f: DeliveryForecast | undefined) => boolean) =>
    d.forecast.deliveries
      .filter((x) => x.municipalityId === m)
      .filter((x) => {
        const p = x.projectId ? d.projects.find((q) => q.id === x.projectId) : undefined;
        return pred(p as DeliveryProject, x);
      }).length;
  const chart = stackedBars(
    members.map((m) => ({
      label: m.name,
      values: [
        count(m.id, (_, f) => !!f?.approvedOn),
        count(
          m.id,
          (_, f) =>
            !f?.approvedOn &&
            !!f?.projectId &&
            !f?.stalled &&
            f?.phase !== 'planned' &&
            f?.phase !== 'stopped',
        ),
        count(m.id, (_, f) => !!f?.stalled),
        count(m.id, (_, f) => f?.phase === 'planned'),
      ],
    })),
    [
      { label: 'Godkända', color: COLORS.approved },
      { label: 'Pågående', color: COLORS.ongoing },
      { label: 'Stillastående', color: COLORS.stalled },
      { label: 'Planerade', color: COLORS.planned },
    ],
    'Leveranser per kommun',
  );
  return `<h2>1. Årets leveranser per kommun och fas</h2>
<p>Leveransprojekt med arbete under ${d.year}, med nuvarande fas per ${esc(d.asOf)} och prognos för godkännande (median och 85 %).</p>
<table><thead><tr><th>Kommun</th><th>System</th><th>Typ</th><th>Fas</th><th class="n">Sedan</th><th class="n">Median</th><th class="n">85 %</th></tr></thead><tbody>${rows}</tbody></table>
<figure>${chart}<figcaption>Figur 1. Leveranser per kommun: godkända, pågående, stillastående och planerade i leveransplanen.</figcaption></figure>
<h3>Leveransgodkännanden ${d.year}</h3>
${
  d.approvals.length
    ? `<table><thead><tr><th>Kommun</th><th>System</th><th class="n">Godkänd</th></tr></thead><tbody>${d.approvals
        .map(
          (a) =>
            `<tr><td>${esc(names.get(a.project.municipalityId) ?? '')}</td><td>${esc(d.systems.get(a.project.systemId)?.name ?? '')}</td><td class="n">${esc(a.on)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>Inga leveranser godkändes under ${d.year}.</p>`
}`;
}

function stalledSection(d: YearlyReportData, names: Map<string, string>): string {
  const stalled = d.forecast.deliveries.filter((f) => f.stalled);
  if (!stalled.length)
    return `<h2>2. Stillastående leveranser</h2><p>Inga projekt har stått still längre än fasen brukar ta.</p>`;
  const rows = stalled
    .map((f) => {
      const s = f.stalled!;
      const party = `${PARTY_LABELS[s.waitingFor].sv}${s.waitingForName ? ` (${esc(s.waitingForName)})` : ''}`;
      return `<tr><td>${esc(names.get(f.municipalityId) ?? '')}</td><td>${esc(d.systems.get(f.systemId)?.name ?? '')}</td><td>${esc(PHASE_LABELS[s.phase].sv)}</td><td class="n">${s.days}</td><td class="n">${s.usualDays}</td><td>${party}${s.note ? `: ${esc(s.note)}` : ''}</td><td class="n">${esc(f.median ?? '')}</td><td class="n">${esc(f.p85 ?? '')}</td></tr>`;
    })
    .join('');
  return `<h2>2. Stillastående leveranser och varför</h2>
<p>Ett projekt räknas som stillastående när det legat längre i sin fas än 85 % av de observerade projekten i samma fas. Prognosen säger när det ändå kan vara godkänt.</p>
<table><thead><tr><th>Kommun</th><th>System</th><th>Fas</th><th class="n">Dagar</th><th class="n">Brukar ta</th><th>Väntar på</th><th class="n">Median</th><th class="n">85 %</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function planSection(
  d: YearlyReportData,
  forecasts: Map<string, DeliveryForecast>,
  names: Map<string, string>,
): string {
  const plan = d.plan;
  const first = plan.load[0]?.quarter ?? quarterOf(d.asOf);
  const rowsData: GanttRow[] = [];
  for (const f of d.forecast.deliveries) {
    if (f.approvedOn || f.phase === 'stopped' || !f.median || !f.p85) continue;
    const item = plan.items.find((i) => i.systemId === f.systemId);
    const project = f.projectId ? d.projects.find((p) => p.id === f.projectId) : undefined;
    const urgent = plan.urgent.find((u) => u.systemId === f.systemId);
    const start = item
      ? quarterStart(item.quarter)
      : urgent
        ? quarterStart(urgent.quarter)
        : (project?.history[0]?.at ?? d.asOf);
    rowsData.push({
      label: `${names.get(f.municipalityId) ?? ''} – ${d.systems.get(f.systemId)?.name ?? ''}`,
      start: start < quarterStart(addQuarters(first, -4)) ? quarterStart(addQuarters(first, -4)) : start,
      median: f.median,
      p85: f.p85,
      color: f.stalled ? COLORS.stalled : urgent ? COLORS.urgent : item ? COLORS.planned : COLORS.ongoing,
      flag: f.stalled ? 'stillastående' : undefined,
    });
  }
  rowsData.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.median < b.median ? -1 : 1));
  const lastDate = [...rowsData.map((r) => r.p85)].sort().at(-1) ?? d.asOf;
  const axisFirst = addQuarters(first, -4);
  const count = Math.max(4, Math.min(24, quarterIndexBetween(axisFirst, quarterOf(lastDate)) + 2));
  const ticks = Array.from({ length: count + 1 }, (_, i) => {
    const q = addQuarters(axisFirst, i);
    return { date: quarterStart(q), label: quarterLabel(q).replace(/^\d\d/, '') };
  });
  const gantt = ganttChart(
    rowsData,
    ticks,
    [
      { label: 'Pågående', color: COLORS.ongoing },
      { label: 'Stillastående', color: COLORS.stalled },
      { label: 'Brådskande', color: COLORS.urgent },
      { label: 'Planerad', color: COLORS.planned },
      { label: 'Till 85 %-datum', color: COLORS.planned, light: true },
    ],
    'Leveransplan och prognos',
    { date: d.asOf, label: `idag ${d.asOf}` },
  );
  const criteria = plan.settings.criteria
    .map((c) => `${esc(CRITERION_LABELS[c.id].sv)} ×${c.weight}`)
    .join(', ');
  const items = plan.items
    .map(
      (i) =>
        `<tr><td class="n">${esc(quarterLabel(i.quarter))}</td><td>${esc(names.get(i.municipalityId) ?? '')}</td><td>${esc(i.systemName)}</td><td class="n">${i.effortPersonDays}</td><td class="n">${esc(forecasts.get(i.systemId)?.median ?? '')}</td><td class="n">${esc(forecasts.get(i.systemId)?.p85 ?? '')}</td><td class="muted">${esc(i.reason.sv)}${i.warnings.map((w) => `<br><span class="stalled">${esc(w.sv)}</span>`).join('')}</td></tr>`,
    )
    .join('');
  return `<h2>3. Leveransplan och prognos</h2>
<p>Planen omfattar ${esc(quarterLabel(first))}–${esc(quarterLabel(plan.load.at(-1)?.quarter ?? first))} med ${plan.settings.capacity.default} persondagar per kvartal. Kriterier och vikter: ${criteria}. Fördelning: ${plan.settings.fairness === 'equal' ? 'lika många leveranser per kommun' : 'efter kostnadsandel'}. Brådskande leveranser ligger utanför planen men tar kapacitet.</p>
<p>Hela planen beräknas vara godkänd <b>${esc(d.forecast.wholePlan?.median ?? '–')}</b> (median), med 85 % säkerhet senast <b>${esc(d.forecast.wholePlan?.p85 ?? '–')}</b>. Prognosen bygger på ${d.forecast.observations} observerade fastider och ${d.forecast.settings.runs} simuleringar.</p>
<figure>${gantt}<figcaption>Figur 2. Tidslinje per kvartal: varje stapel går från start till mediandatum för godkännande; den ljusa delen till 85 %-datumet.</figcaption></figure>
<table><thead><tr><th class="n">Kvartal</th><th>Kommun</th><th>System</th><th class="n">Pd</th><th class="n">Median</th><th class="n">85 %</th><th>Varför här</th></tr></thead><tbody>${items}</tbody></table>
${
  plan.unplanned.length
    ? `<p class="muted">Utanför planperioden: ${plan.unplanned.map((u) => `${esc(names.get(u.municipalityId) ?? '')} ${esc(u.systemName)}`).join(', ')}.</p>`
    : ''
}`;
}

function quarterIndexBetween(a: string, b: string): number {
  const n = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  return n(b) - n(a);
}

function economySection(d: YearlyReportData): string {
  const parts: string[] = [`<h2 class="section">4. Ekonomi</h2>`];
  const b = d.budget;
  if (b) {
    const c = b.comparison;
    const rows = c.lines
      .map(
        (l) =>
          `<tr><td>${esc(COST_GROUP_LABELS[l.group].sv)}</td><td class="n">${tkr(l.budgetTkr)}</td><td class="n">${tkr(l.outcomeTkr)}</td><td class="n">${tkr(l.differenceTkr)}</td></tr>`,
      )
      .join('');
    const chart = groupedBars(
      c.lines.map((l) => ({
        label: COST_GROUP_LABELS[l.group].sv,
        values: [Number(l.budgetTkr), Number(l.outcomeTkr)],
      })),
      [
        { label: 'Budgeterat', color: COLORS.budget },
        { label: 'Utfall', color: COLORS.outcome },
      ],
      `Budget och utfall ${c.year}`,
      (n) => `${formatThousands(n, NBSP)} tkr`,
    );
    parts.push(`<h3>Summering ekonomin ${c.year}, tkr</h3>
<table><thead><tr><th>Utgiftsgrupp</th><th class="n">Budgeterat</th><th class="n">Utfall</th><th class="n">Differens</th></tr></thead><tbody>${rows}
<tr class="sum"><td>Summa</td><td class="n">${tkr(c.total.budgetTkr)}</td><td class="n">${tkr(c.total.outcomeTkr)}</td><td class="n">${tkr(c.total.differenceTkr)}</td></tr></tbody></table>
<p class="muted">Differens = budget − utfall; ett negativt tal är ett överskridande.</p>
<figure>${chart}<figcaption>Figur 3. Budget och utfall per utgiftsgrupp ${c.year}.</figcaption></figure>`);
    if (c.total.differenceTkr > 0n)
      parts.push(`<h3>Återbetalning ${c.year} efter andel, tkr</h3>
<p>Utgifterna låg ${tkr(c.total.differenceTkr)} tkr under budget. Överskottet återbetalas efter andel (största rest, summan stämmer exakt).</p>
<table><thead><tr>${b.refunds.map((r) => `<th class="n">${esc(r.municipality.name)}</th>`).join('')}</tr></thead><tbody><tr>${b.refunds.map((r) => `<td class="n">${tkr(r.refundTkr)}</td>`).join('')}</tr></tbody></table>`);
  }
  if (d.charges.length) {
    const years = d.charges;
    const rows = d.consortium.municipalities
      .map(
        (m, i) =>
          `<tr><td>${esc(m.name)}</td><td class="n">${formatDecimalSv(d.printedShares.rounded[i]?.value ?? rational(0), 2)}</td><td class="n">${formatDecimalSv(years[0]?.charges[i]?.share ?? rational(0), 4)}</td>${years.map((y) => `<td class="n">${tkr(y.charges[i]?.amountTkr ?? 0n)}</td>`).join('')}</tr>`,
      )
      .join('');
    parts.push(`<h3>Maximalt uttag per kommun ${years[0]?.year}–${years.at(-1)?.year} med uppräkning av totalbudget (tkr)</h3>
<table><thead><tr><th>Kommun</th><th class="n">Andel</th><th class="n">Exakt andel</th>${years.map((y) => `<th class="n">${y.year}</th>`).join('')}</tr></thead><tbody>${rows}
<tr class="sum"><td>Totalt</td><td class="n">${formatDecimalSv(d.printedShares.total, 2)}</td><td class="n">1,0000</td>${years.map((y) => `<td class="n">${tkr(y.totalTkr)}</td>`).join('')}</tr></tbody></table>
<p class="muted">Andel: avtalets andel (befolkningsandel, avrundad till två decimaler, därför summan ${formatDecimalSv(d.printedShares.total, 2)}). Exakt andel: kommunens del av uttaget ${years[0]?.year}. Beloppen fördelas med största rest så att de alltid summerar exakt till totalen.</p>`);
  }
  return parts.join('\n');
}

function savingsSection(d: YearlyReportData): string {
  const s = d.savings;
  const months = s.expectedCurve.map((p) => p.month);
  const chart = lineChart(
    months,
    [
      {
        label: 'Förväntade (enligt plan och prognos)',
        color: COLORS.planned,
        dashed: true,
        values: s.expectedCurve.map((p) => Number(p.cumulativeSek) / 1000),
      },
      {
        label: 'Realiserade',
        color: COLORS.approved,
        values: s.realisedCurve.map((p) => Number(p.cumulativeSek) / 1000),
      },
    ],
    'Besparingseffekter, ackumulerat',
    (n) => `${formatThousands(Math.round(n), NBSP)} tkr`,
    (m) => m.endsWith('-01'),
    (m) => m.slice(0, 4),
  );
  const rows = d.consortium.municipalities
    .map(
      (m) =>
        `<tr><td>${esc(m.name)}</td><td class="n">${kr(s.expectedByMunicipality.get(m.id) ?? 0n)}</td><td class="n">${kr(s.realisedByMunicipality.get(m.id) ?? 0n)}</td></tr>`,
    )
    .join('');
  const expectedTotal = [...s.expectedByMunicipality.values()].reduce((a, b) => a + b, 0n);
  const realisedTotal = [...s.realisedByMunicipality.values()].reduce((a, b) => a + b, 0n);
  return `<h2 class="section">5. Besparingseffekter</h2>
<p>När en leverans är godkänd och systemet stängs av upphör licenskostnaden, och ingen läslicens behövs. Realiserade besparingar räknas från avslutade projekt (godkänd leverans, system avstängt); förväntade från planens prognos (mediandatum för godkännande, eller planerad avveckling om den är senare).</p>
${
  realisedTotal === 0n
    ? `<p><b>Inga besparingar är realiserade per ${esc(d.asOf)}:</b> inget godkänt leveransprojekt har ännu lett till att ett system stängts av.</p>`
    : ''
}
<figure>${chart}<figcaption>Figur 4. Ackumulerade besparingar i tkr: förväntade och realiserade.</figcaption></figure>
<table><thead><tr><th>Kommun</th><th class="n">Förväntad besparing per år</th><th class="n">Realiserad besparing per år</th></tr></thead><tbody>${rows}
<tr class="sum"><td>Totalt</td><td class="n">${kr(expectedTotal)}</td><td class="n">${kr(realisedTotal)}</td></tr></tbody></table>`;
}

export function renderYearlyReportHtml(d: YearlyReportData): string {
  const names = new Map(d.consortium.municipalities.map((m) => [m.id, m.name]));
  const host = names.get(d.consortium.hostMunicipalityId) ?? '';
  const forecasts = new Map<string, DeliveryForecast>();
  for (const f of d.forecast.deliveries) {
    forecasts.set(f.projectId ?? f.systemId, f);
    if (!forecasts.has(f.systemId)) forecasts.set(f.systemId, f);
  }
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Återrapportering ${d.year} – ${esc(d.consortium.name)}</title><style>${CSS}</style></head>
<body>
<header><div class="org">${esc(d.consortium.name)} · värdkommun ${esc(host)} · ${d.consortium.municipalities.length} samverkanskommuner</div>
<h1>Återrapportering av e-arkivsamverkan ${d.year}</h1>
<div class="muted">Underlag per ${esc(d.asOf)}. Genererad av samarkiv från samma data som e-arkivet arbetar med.</div></header>
<h2>Sammanfattning</h2>
${summary(d)}
${deliveriesSection(d, forecasts, names)}
${stalledSection(d, names)}
${planSection(d, forecasts, names)}
${economySection(d)}
${savingsSection(d)}
</body></html>
`;
}
