/**
 * Ekonomi: each member's share and maximum charge for a chosen year, budget against outcome per
 * cost group with bars and the refund by share, and finance's entry of outcome and budget.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n.tsx';
import { useAsync } from '../../use-async.ts';
import { useConsortiumAccess } from './access.ts';
import { useCt } from './i18n.ts';
import type { BudgetDoc, Shares, YearBudget } from './types.ts';

const GROUPS = [
  ['salaries', 'Lön, ersättning, soc avg', 'Salaries, fees, social charges'],
  ['courses-travel', 'Kurser, resor', 'Courses, travel'],
  ['staff-welfare', 'Personalsociala kostnader', 'Staff welfare'],
  ['purchased-services', 'Köpta tjänster', 'Purchased services'],
  ['premises', 'Lokaler', 'Premises'],
  ['other', 'Övriga kostnader', 'Other costs'],
] as const;

/** The seed's table: the chosen year and the two after it (those budgeted), one column each. */
function SharesTable({ year, years }: { year: number; years: readonly number[] }) {
  const ct = useCt();
  const { t, lang, number } = useI18n();
  const columns = [year, year + 1, year + 2].filter((y) => years.includes(y));
  const state = useAsync(
    () => Promise.all(columns.map((y) => api<Shares>('GET', `/api/consortium/shares?year=${y}`))),
    [columns.join()],
  );
  if (state.error) return <ErrorMessage error={state.error} />;
  const data = state.data;
  if (!data) return <Loading />;
  const [first] = data;
  if (!first) return null;
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const share = (x: number) =>
    x.toLocaleString(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  return (
    <>
      <div className="table-wrap">
        <table className="numbers shares" data-testid="shares-table">
          <thead>
            <tr>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{ct('eco.share')}</th>
              {data.map((d) => (
                <th scope="col" key={d.year}>
                  {ct('eco.amountYear', { year: d.year })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first.shares.map((s, i) => (
              <tr key={s.municipality}>
                <th scope="row">{s.municipality}</th>
                <td>{share(s.share)}</td>
                {data.map((d) => (
                  <td key={d.year}>{number(d.shares[i]?.amount_tkr ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              <td>{share(1)}</td>
              {data.map((d) => (
                <td key={d.year} className="strong">
                  {number(d.total_tkr)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="small muted">{ct('eco.sharesNote')}</p>
    </>
  );
}

/** Budget and outcome side by side per cost group, on one scale. */
function BudgetBars({ doc }: { doc: BudgetDoc }) {
  const ct = useCt();
  const { lang, number } = useI18n();
  const max = Math.max(1, ...doc.lines.flatMap((l) => [l.budget_tkr, l.outcome_tkr]));
  const rowH = 34;
  const labelW = 190;
  const barW = 420;
  const height = doc.lines.length * rowH + 28;
  return (
    <svg
      className="budget-bars"
      viewBox={`0 0 ${labelW + barW + 90} ${height}`}
      role="img"
      aria-label={ct('eco.budget')}
    >
      {doc.lines.map((l, i) => {
        const y = i * rowH + 4;
        const w = (v: number) => Math.max(1, (v / max) * barW);
        return (
          <g key={l.group}>
            <text x={labelW - 8} y={y + 17} textAnchor="end" className="bar-label">
              {lang === 'sv' ? l.label_sv : l.label_en}
            </text>
            <rect x={labelW} y={y} width={w(l.budget_tkr)} height={12} className="bar-budget" />
            <rect
              x={labelW}
              y={y + 14}
              width={w(l.outcome_tkr)}
              height={12}
              className={l.difference_tkr < 0 ? 'bar-over' : 'bar-outcome'}
            />
            <text x={labelW + w(Math.max(l.budget_tkr, l.outcome_tkr)) + 6} y={y + 20} className="bar-value">
              {number(l.outcome_tkr)} / {number(l.budget_tkr)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${labelW}, ${height - 14})`}>
        <rect width={12} height={10} className="bar-budget" />
        <text x={16} y={9} className="bar-value">
          {ct('eco.budgeted')}
        </text>
        <rect x={90} width={12} height={10} className="bar-outcome" />
        <text x={106} y={9} className="bar-value">
          {ct('eco.outcome')}
        </text>
      </g>
    </svg>
  );
}

function BudgetSection({
  year,
  years,
  setYear,
  version,
}: {
  year: number | null;
  years: readonly number[];
  setYear(y: number): void;
  version: number;
}) {
  const ct = useCt();
  const { t, lang, number } = useI18n();
  const state = useAsync(
    () => api<BudgetDoc>('GET', `/api/consortium/budget${year ? `?year=${year}` : ''}`),
    [year, version],
  );
  const doc = state.data;
  return (
    <section className="panel">
      <h2>{ct('eco.budget')}</h2>
      {doc && (
        <div className="filters">
          <div>
            <label htmlFor="budget-year">{ct('eco.year')}</label>
            <select id="budget-year" value={doc.year} onChange={(e) => setYear(Number(e.target.value))}>
              {[...new Set([...doc.years, ...years])].sort().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <ErrorMessage error={state.error} />
      {state.loading && !doc && <Loading />}
      {doc && (
        <>
          <BudgetBars doc={doc} />
          <div className="table-wrap">
            <table className="numbers" data-testid="budget-table">
              <thead>
                <tr>
                  <th scope="col">{ct('eco.group')}</th>
                  <th scope="col">{ct('eco.budgeted')}</th>
                  <th scope="col">{ct('eco.outcome')}</th>
                  <th scope="col">{ct('eco.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.lines.map((l) => (
                  <tr key={l.group}>
                    <th scope="row">{lang === 'sv' ? l.label_sv : l.label_en}</th>
                    <td>{number(l.budget_tkr)}</td>
                    <td>{number(l.outcome_tkr)}</td>
                    <td className={l.difference_tkr < 0 ? 'late' : undefined}>{number(l.difference_tkr)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  <td>{number(doc.total.budget_tkr)}</td>
                  <td>{number(doc.total.outcome_tkr)}</td>
                  <td className="strong">{number(doc.total.difference_tkr)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="small muted">{ct('eco.differenceNote')}</p>
          <h3>{ct('eco.refunds')}</h3>
          {doc.total.difference_tkr > 0 ? (
            <div className="table-wrap">
              <table className="numbers refunds" data-testid="refunds-table">
                <thead>
                  <tr>
                    <th scope="col">{t('municipality')}</th>
                    <th scope="col">{ct('eco.refund')}</th>
                  </tr>
                </thead>
                <tbody>
                  {doc.refunds.map((r) => (
                    <tr key={r.municipality}>
                      <th scope="row">{r.municipality}</th>
                      <td>{number(r.refund_tkr)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{ct('eco.noRefund')}</p>
          )}
        </>
      )}
    </section>
  );
}

function OutcomeForm({ onSaved }: { onSaved(year: number): void }) {
  const ct = useCt();
  const { lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const year = Number(form.get('year'));
    const lines = GROUPS.map(([group]) => ({
      group,
      budgetTkr: Number(form.get(`budget-${group}`) || 0),
      outcomeTkr: Number(form.get(`outcome-${group}`) || 0),
    }));
    setError(null);
    setSaved(null);
    try {
      await api('PUT', `/api/consortium/outcomes/${year}`, { lines });
      setSaved(year);
      onSaved(year);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="panel" data-testid="outcome-panel">
      <summary>{ct('eco.enterOutcome')}</summary>
      <p className="muted">{ct('eco.enterOutcomeIntro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ErrorMessage error={error} />
        {saved !== null && (
          <div className="alert alert-ok" role="status" data-testid="outcome-saved">
            {ct('eco.outcomeSaved', { year: saved })}
          </div>
        )}
        <p>
          <label htmlFor="outcome-year">{ct('eco.year')}</label>{' '}
          <input
            id="outcome-year"
            name="year"
            type="number"
            min={1900}
            max={2200}
            defaultValue={new Date().getFullYear() - 1}
            required
          />
        </p>
        <table className="numbers outcome-form">
          <thead>
            <tr>
              <th scope="col">{ct('eco.group')}</th>
              <th scope="col">{ct('eco.budgeted')} (tkr)</th>
              <th scope="col">{ct('eco.outcome')} (tkr)</th>
            </tr>
          </thead>
          <tbody>
            {GROUPS.map(([group, sv, en]) => (
              <tr key={group}>
                <th scope="row">{lang === 'sv' ? sv : en}</th>
                <td>
                  <input
                    aria-label={`${ct('eco.budgeted')}: ${lang === 'sv' ? sv : en}`}
                    name={`budget-${group}`}
                    type="number"
                    min={0}
                    required
                  />
                </td>
                <td>
                  <input
                    aria-label={`${ct('eco.outcome')}: ${lang === 'sv' ? sv : en}`}
                    name={`outcome-${group}`}
                    type="number"
                    min={0}
                    required
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="submit" className="button button-primary">
            {ct('eco.saveOutcome')}
          </button>
        </p>
      </form>
    </details>
  );
}

function BudgetForm({ onSaved }: { onSaved(): void }) {
  const ct = useCt();
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const total = String(form.get('total') ?? '').trim();
    const uplift = String(form.get('uplift') ?? '').trim();
    setError(null);
    try {
      await api('PUT', `/api/consortium/budgets/${Number(form.get('year'))}`, {
        totalTkr: total ? Number(total) : null,
        upliftBasisPoints: uplift ? Number(uplift) : null,
      });
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="panel">
      <summary>{ct('eco.setBudget')}</summary>
      <form className="form form-grid" onSubmit={(e) => void submit(e)}>
        <ErrorMessage error={error} />
        <label htmlFor="budget-form-year">{ct('eco.year')}</label>
        <input id="budget-form-year" name="year" type="number" min={1900} max={2200} required />
        <label htmlFor="budget-form-total">{ct('eco.total')}</label>
        <input id="budget-form-total" name="total" type="number" min={0} />
        <label htmlFor="budget-form-uplift">{ct('eco.uplift')}</label>
        <input id="budget-form-uplift" name="uplift" type="number" />
        <span />
        <button type="submit" className="button button-primary">
          {ct('eco.saveBudget')}
        </button>
      </form>
    </details>
  );
}

export function EconomyPage() {
  const ct = useCt();
  const access = useConsortiumAccess();
  const [version, setVersion] = useState(0);
  const budgets = useAsync(() => api<YearBudget[]>('GET', '/api/consortium/budgets'), [version]);
  const years = (budgets.data ?? []).map((b) => b.year);
  const [sharesYear, setSharesYear] = useState<number | null>(null);
  const [budgetYear, setBudgetYear] = useState<number | null>(null);
  const shown = sharesYear ?? years.find((y) => y === new Date().getFullYear()) ?? years.at(-1) ?? null;
  const finance = access.wide('economy:write');
  return (
    <>
      <section className="panel">
        <h2>{ct('eco.shares')}</h2>
        <ErrorMessage error={budgets.error} />
        {years.length > 0 && (
          <div className="filters">
            <div>
              <label htmlFor="shares-year">{ct('eco.year')}</label>
              <select
                id="shares-year"
                value={shown ?? ''}
                onChange={(e) => setSharesYear(Number(e.target.value))}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        {shown !== null && <SharesTable year={shown} years={years} />}
      </section>
      <BudgetSection year={budgetYear} years={[]} setYear={setBudgetYear} version={version} />
      {finance && (
        <OutcomeForm
          onSaved={(y) => {
            setBudgetYear(y);
            setVersion((n) => n + 1);
          }}
        />
      )}
      {finance && <BudgetForm onSaved={() => setVersion((n) => n + 1)} />}
    </>
  );
}
