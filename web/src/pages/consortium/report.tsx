/** Återrapportering: the yearly report to the municipal boards as HTML and PDF. */
import { useState } from 'react';
import { useCt } from './i18n.ts';

export function ReportPage() {
  const ct = useCt();
  const [year, setYear] = useState(new Date().getFullYear());
  const years = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i);
  return (
    <section className="panel">
      <p>{ct('rep.intro')}</p>
      <div className="filters">
        <div>
          <label htmlFor="rep-year">{ct('rep.year')}</label>
          <select id="rep-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="report-links">
        <a
          className="button button-primary"
          href={`/api/consortium/reports/yearly/${year}.html`}
          target="_blank"
          rel="noreferrer"
          data-testid="report-html"
        >
          {ct('rep.html')}
        </a>{' '}
        <a className="button" href={`/api/consortium/reports/yearly/${year}.pdf`} data-testid="report-pdf">
          {ct('rep.pdf')}
        </a>
      </p>
    </section>
  );
}
