/**
 * The control report, readable: every requirement with its ID, level, status and message, failed
 * ones first; filter between what failed and everything that was checked.
 */
import { useState } from 'react';
import { useI18n, type TextKey } from '../i18n.tsx';
import type { ControlReport as Report, ReportResult } from '../types.ts';
import { Badge, ErrorMessage, type Tone } from './status.tsx';

function statusView(r: ReportResult): { key: TextKey; tone: Tone } {
  if (r.status === 'passed') return { key: 'report.passed', tone: 'ok' };
  if (r.status === 'not-applicable') return { key: 'report.notApplicable', tone: 'neutral' };
  if (r.severity === 'ERROR') return { key: 'report.error', tone: 'error' };
  if (r.severity === 'WARNING') return { key: 'report.warning', tone: 'warning' };
  return { key: 'report.info', tone: 'info' };
}

const rank = (r: ReportResult) =>
  r.status === 'failed'
    ? r.severity === 'ERROR'
      ? 0
      : r.severity === 'WARNING'
        ? 1
        : 2
    : r.status === 'passed'
      ? 3
      : 4;

export function ControlReport({ report }: { report: Report }) {
  const { t, dateTime } = useI18n();
  const failed = report.results.filter((r) => r.status === 'failed');
  const [filter, setFilter] = useState<'failed' | 'all'>(failed.length > 0 ? 'failed' : 'all');
  const shown = [...(filter === 'failed' ? failed : report.results)].sort((a, b) => rank(a) - rank(b));
  const s = report.summary;
  return (
    <>
      {report.error && <ErrorMessage error={new Error(`${report.error.code}: ${report.error.message}`)} />}
      <p className="summary" data-testid="report-summary">
        <Badge tone={report.valid ? 'ok' : 'error'}>
          {report.valid ? t('report.valid') : t('report.invalid')}
        </Badge>{' '}
        {t('report.summary', {
          errors: s.errors,
          warnings: s.warnings,
          passed: s.passed,
          na: s.notApplicable,
          files: s.files,
        })}
        {report.profileLabel && <span className="muted"> · {report.profileLabel}</span>}
        <span className="muted"> · {dateTime(report.checkedAt)}</span>
      </p>
      <fieldset className="segmented">
        <legend className="sr-only">{t('report.show')}</legend>
        <label>
          <input
            type="radio"
            name="report-filter"
            checked={filter === 'failed'}
            onChange={() => setFilter('failed')}
          />
          {t('report.onlyFailed', { n: failed.length })}
        </label>
        <label>
          <input
            type="radio"
            name="report-filter"
            checked={filter === 'all'}
            onChange={() => setFilter('all')}
          />
          {t('report.all', { n: report.results.length })}
        </label>
      </fieldset>
      {shown.length === 0 ? (
        <p className="muted">{t('report.noneFailed')}</p>
      ) : (
        <div className="table-wrap">
          <table className="report" data-testid="report-table">
            <caption className="sr-only">{t('report.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.requirement')}</th>
                <th scope="col">{t('report.level')}</th>
                <th scope="col">{t('report.status')}</th>
                <th scope="col">{t('report.what')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const view = statusView(r);
                return (
                  <tr key={r.requirement} className={`result-${view.tone}`}>
                    <th scope="row" className="mono">
                      {r.requirement}
                    </th>
                    <td>{r.level}</td>
                    <td>
                      <Badge tone={view.tone}>{t(view.key)}</Badge>
                    </td>
                    <td>
                      <div className="strong">{r.title}</div>
                      {r.message && <div>{r.message}</div>}
                      {r.location && (
                        <div className="muted small mono">
                          {r.location.file}
                          {r.location.line ? `:${r.location.line}` : ''}
                        </div>
                      )}
                      {r.findings && r.findings.length > 1 && (
                        <details>
                          <summary>
                            {t('report.findings', { n: r.findingsTotal ?? r.findings.length })}
                          </summary>
                          <ul className="small">
                            {r.findings.map((f, i) => (
                              <li key={i}>
                                {f.message} <span className="muted mono">{f.location.file}</span>
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
