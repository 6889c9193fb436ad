/**
 * Besparingar: expected savings (from the plan and its forecast) against realised ones (systems
 * switched off after an approved delivery), for the consortium or one municipality.
 */
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n.tsx';
import { useAsync } from '../../use-async.ts';
import { useCt } from './i18n.ts';
import type { CurvePoint, SavingsDoc } from './types.ts';

const W = 760;
const H = 260;
const PAD = { left: 80, right: 16, top: 12, bottom: 34 };

/** 1, 2 or 5 times a power of ten, at least `raw`: axis steps a reader can add up. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

function Curves({
  expected,
  realised,
}: {
  expected: readonly CurvePoint[];
  realised: readonly CurvePoint[];
}) {
  const ct = useCt();
  const { number } = useI18n();
  const top = Math.max(1, ...expected.map((p) => p.cumulative_sek), ...realised.map((p) => p.cumulative_sek));
  const step = niceStep(top / 4);
  const max = Math.ceil(top / step) * step;
  const n = Math.max(1, expected.length - 1);
  const x = (i: number) => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const path = (points: readonly CurvePoint[]) =>
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.cumulative_sek).toFixed(1)}`)
      .join(' ');
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const years = expected.map((p, i) => ({ p, i })).filter(({ p }) => p.month.endsWith('-01'));
  return (
    <svg
      className="savings-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={ct('sav.cumulative')}
      data-testid="savings-chart"
    >
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="axis">
            {number(v)}
          </text>
        </g>
      ))}
      {years.map(({ p, i }) => (
        <text key={p.month} x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" className="axis">
          {p.month.slice(0, 4)}
        </text>
      ))}
      <path d={path(expected)} className="line-expected" />
      <path d={path(realised)} className="line-realised" />
      <g transform={`translate(${PAD.left + 8}, ${PAD.top + 4})`}>
        <rect width={14} height={4} y={4} className="key-expected" />
        <text x={20} y={10} className="axis">
          {ct('sav.expected')}
        </text>
        <rect x={110} width={14} height={4} y={4} className="key-realised" />
        <text x={130} y={10} className="axis">
          {ct('sav.realised')}
        </text>
      </g>
    </svg>
  );
}

export function SavingsPage() {
  const ct = useCt();
  const { t, number } = useI18n();
  const state = useAsync(() => api<SavingsDoc>('GET', '/api/consortium/savings'), []);
  const [who, setWho] = useState('');
  const doc = state.data;
  const chosen = doc?.municipalities.find((m) => m.id === who);
  const realisedAny = (doc?.realised.at(-1)?.cumulative_sek ?? 0) > 0;
  return (
    <>
      <p className="muted">{ct('sav.intro')}</p>
      <ErrorMessage error={state.error} />
      {state.loading && !doc && <Loading />}
      {doc && (
        <>
          <section className="panel">
            <h2>{ct('sav.cumulative')}</h2>
            <div className="filters">
              <div>
                <label htmlFor="sav-who">{ct('sav.show')}</label>
                <select id="sav-who" value={who} onChange={(e) => setWho(e.target.value)}>
                  <option value="">{ct('sav.all')}</option>
                  {doc.municipalities.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <Curves expected={chosen?.expected ?? doc.expected} realised={chosen?.realised ?? doc.realised} />
            {!realisedAny && <p className="muted small">{ct('sav.noneRealised')}</p>}
          </section>
          <section className="panel">
            <h2>{ct('sav.perMunicipality')}</h2>
            <div className="table-wrap">
              <table className="numbers" data-testid="savings-table">
                <thead>
                  <tr>
                    <th scope="col">{t('municipality')}</th>
                    <th scope="col">{ct('sav.expected')}</th>
                    <th scope="col">{ct('sav.realised')}</th>
                  </tr>
                </thead>
                <tbody>
                  {doc.municipalities.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">{m.name}</th>
                      <td>{number(m.expected_yearly_sek)}</td>
                      <td className={m.realised_yearly_sek === 0 ? 'zero' : undefined}>
                        {number(m.realised_yearly_sek)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
