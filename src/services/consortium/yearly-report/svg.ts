/**
 * Hand-drawn SVG charts for the yearly report: a Gantt timeline, stacked and grouped horizontal
 * bars, and line curves. Plain strings, no library; sized for an A4 page (680 px wide viewBox).
 */
import { dayNumber } from '../../../core/consortium/dates.ts';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const WIDTH = 680;
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

function svg(height: number, body: string, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(title)}" ${FONT} font-size="11"><title>${esc(title)}</title>${body}</svg>`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly light?: boolean;
}

function legend(entries: readonly LegendEntry[], x: number, y: number): string {
  let cx = x;
  return entries
    .map((e) => {
      const mark = e.dashed
        ? `<line x1="${cx}" y1="${y - 4}" x2="${cx + 16}" y2="${y - 4}" stroke="${e.color}" stroke-width="2" stroke-dasharray="4 3"/>`
        : `<rect x="${cx}" y="${y - 9}" width="12" height="10" fill="${e.color}"${e.light ? ' fill-opacity="0.35"' : ''}/>`;
      const out = `${mark}<text x="${cx + 20}" y="${y}">${esc(e.label)}</text>`;
      cx += 28 + e.label.length * 6;
      return out;
    })
    .join('');
}

export interface GanttRow {
  readonly label: string;
  readonly start: string;
  readonly median: string;
  readonly p85: string;
  readonly color: string;
  /** Marker text after the bar, e.g. "stillastående". */
  readonly flag?: string;
}

/** Rows of bars from start to the median date (solid) and on to the 85 % date (light), by quarter. */
export function ganttChart(
  rows: readonly GanttRow[],
  ticks: readonly { date: string; label: string }[],
  legendEntries: readonly LegendEntry[],
  title: string,
  today?: { readonly date: string; readonly label: string },
): string {
  const left = 190;
  const right = WIDTH - 20;
  const top = 34;
  const rowH = 15;
  const from = dayNumber(ticks[0]?.date ?? '2000-01-01');
  const to = dayNumber(ticks[ticks.length - 1]?.date ?? '2000-01-01');
  const x = (d: string) =>
    r1(
      left + ((Math.min(Math.max(dayNumber(d), from), to) - from) / Math.max(1, to - from)) * (right - left),
    );
  const height = top + rows.length * rowH + 14;
  const grid = ticks
    .map(
      (t, i) =>
        `<line x1="${x(t.date)}" y1="${top - 4}" x2="${x(t.date)}" y2="${height - 10}" stroke="#d0d4da" stroke-width="0.6"/>` +
        (i < ticks.length - 1
          ? `<text x="${r1((x(t.date) + x(ticks[i + 1]?.date ?? t.date)) / 2)}" y="${top - 8}" text-anchor="middle" font-size="9" fill="#444">${esc(t.label)}</text>`
          : ''),
    )
    .join('');
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowH;
      const x0 = x(r.start);
      const xm = Math.max(x(r.median), x0 + 1.5);
      const x85 = Math.max(x(r.p85), xm);
      const stripe =
        i % 2 === 0 ? `<rect x="0" y="${y}" width="${WIDTH}" height="${rowH}" fill="#f4f6f8"/>` : '';
      return (
        stripe +
        `<text x="${left - 6}" y="${y + 11}" text-anchor="end" font-size="9.5">${esc(r.label)}</text>` +
        `<rect x="${x0}" y="${y + 3}" width="${r1(xm - x0)}" height="${rowH - 6}" fill="${r.color}" rx="1.5"/>` +
        `<rect x="${xm}" y="${y + 3}" width="${r1(x85 - xm)}" height="${rowH - 6}" fill="${r.color}" fill-opacity="0.35" rx="1.5"/>` +
        (r.flag
          ? `<text x="${r1(x85 + 4)}" y="${y + 11}" font-size="9" fill="#b3261e">${esc(r.flag)}</text>`
          : '')
      );
    })
    .join('');
  const now = today
    ? `<line x1="${x(today.date)}" y1="${top - 2}" x2="${x(today.date)}" y2="${height - 10}" stroke="#1d232b" stroke-width="1" stroke-dasharray="3 2"/><text x="${x(today.date)}" y="${height - 1}" text-anchor="middle" font-size="9">${esc(today.label)}</text>`
    : '';
  return svg(height, `${legend(legendEntries, left, 12)}${bars}${grid}${now}`, title);
}

export interface StackedRow {
  readonly label: string;
  readonly values: readonly number[];
}

/** Horizontal stacked bars (e.g. deliveries per municipality by state). */
export function stackedBars(
  rows: readonly StackedRow[],
  series: readonly LegendEntry[],
  title: string,
  unit = '',
): string {
  const left = 110;
  const right = WIDTH - 40;
  const top = 30;
  const rowH = 18;
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const scale = (right - left) / max;
  const height = top + rows.length * rowH + 24;
  const ticks = Array.from({ length: max + 1 }, (_, i) => i).filter(
    (i) => max <= 10 || i % Math.ceil(max / 10) === 0,
  );
  const axis = ticks
    .map(
      (t) =>
        `<line x1="${r1(left + t * scale)}" y1="${top - 2}" x2="${r1(left + t * scale)}" y2="${height - 20}" stroke="#d0d4da" stroke-width="0.6"/>` +
        `<text x="${r1(left + t * scale)}" y="${height - 8}" text-anchor="middle" font-size="9" fill="#444">${t}${unit}</text>`,
    )
    .join('');
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowH;
      let x = left;
      const segs = r.values
        .map((v, k) => {
          if (v <= 0) return '';
          const w = r1(v * scale);
          const s = `<rect x="${r1(x)}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${series[k]?.color ?? '#888'}"/>`;
          x += v * scale;
          return s;
        })
        .join('');
      const total = r.values.reduce((a, b) => a + b, 0);
      return (
        `<text x="${left - 6}" y="${y + 13}" text-anchor="end">${esc(r.label)}</text>${segs}` +
        `<text x="${r1(x + 4)}" y="${y + 13}" font-size="9.5" fill="#333">${total}</text>`
      );
    })
    .join('');
  return svg(height, `${legend(series, left, 14)}${axis}${bars}`, title);
}

export interface GroupedRow {
  readonly label: string;
  readonly values: readonly number[];
}

/** Horizontal grouped bars with value labels (e.g. budget against outcome per cost group). */
export function groupedBars(
  rows: readonly GroupedRow[],
  series: readonly LegendEntry[],
  title: string,
  format: (n: number) => string,
): string {
  const left = 170;
  const right = WIDTH - 70;
  const top = 30;
  const barH = 10;
  const groupH = series.length * barH + 10;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const scale = (right - left) / max;
  const height = top + rows.length * groupH + 8;
  const body = rows
    .map((r, i) => {
      const y = top + i * groupH;
      return (
        `<text x="${left - 6}" y="${y + (series.length * barH) / 2 + 4}" text-anchor="end" font-size="10">${esc(r.label)}</text>` +
        r.values
          .map((v, k) => {
            const yy = y + k * barH;
            const w = r1(Math.max(0, v) * scale);
            return (
              `<rect x="${left}" y="${yy}" width="${w}" height="${barH - 2}" fill="${series[k]?.color ?? '#888'}"/>` +
              `<text x="${r1(left + w + 4)}" y="${yy + 7.5}" font-size="9" fill="#333">${esc(format(v))}</text>`
            );
          })
          .join('')
      );
    })
    .join('');
  return svg(
    height,
    `${legend(series, left, 14)}<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${height - 6}" stroke="#888"/>${body}`,
    title,
  );
}

export interface LineSeries {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly values: readonly number[];
}

/** Curves over equally spaced x labels (months); y axis from 0 with five grid lines. */
export function lineChart(
  xLabels: readonly string[],
  series: readonly LineSeries[],
  title: string,
  formatY: (n: number) => string,
  showX: (label: string, i: number) => boolean,
  xText: (label: string) => string = (l) => l,
): string {
  const left = 70;
  const right = WIDTH - 20;
  const top = 30;
  const bottom = 220;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const step = niceStep(max / 5);
  const yMax = Math.ceil(max / step) * step;
  const x = (i: number) => r1(left + (i / Math.max(1, xLabels.length - 1)) * (right - left));
  const y = (v: number) => r1(bottom - (v / yMax) * (bottom - top));
  const grid = Array.from({ length: Math.round(yMax / step) + 1 }, (_, k) => k * step)
    .map(
      (v) =>
        `<line x1="${left}" y1="${y(v)}" x2="${right}" y2="${y(v)}" stroke="#d0d4da" stroke-width="0.6"/>` +
        `<text x="${left - 6}" y="${y(v) + 3}" text-anchor="end" font-size="9" fill="#444">${esc(formatY(v))}</text>`,
    )
    .join('');
  const xs = xLabels
    .map((l, i) =>
      showX(l, i)
        ? `<line x1="${x(i)}" y1="${bottom}" x2="${x(i)}" y2="${bottom + 4}" stroke="#888"/><text x="${x(i)}" y="${bottom + 15}" text-anchor="middle" font-size="9" fill="#444">${esc(xText(l))}</text>`
        : '',
    )
    .join('');
  const lines = series
    .map(
      (s) =>
        `<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}"/>`,
    )
    .join('');
  return svg(
    bottom + 26,
    `${legend(
      series.map((s) => ({ label: s.label, color: s.color, dashed: s.dashed })),
      left,
      14,
    )}${grid}<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#888"/>${xs}${lines}`,
    title,
  );
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}
