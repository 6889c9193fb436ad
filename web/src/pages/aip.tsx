/** An AIP: its descriptive metadata, files (checksum, download), PREMIS events and stored copies. */
import type { ReactNode } from 'react';
import { api, hasRoute } from '../api.ts';
import { Badge, ErrorMessage, Loading, NotAvailable, Section, formatBytes } from '../components/status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { AipDetail } from '../types.ts';
import { useAsync } from '../use-async.ts';

const ROUTE = '/api/aips/{id}';

const fileUrl = (aipId: string, path: string) =>
  `/api/aips/${encodeURIComponent(aipId)}/files/${path.split('/').map(encodeURIComponent).join('/')}`;

export function AipPage({ id }: { id: string }) {
  const { t, date, dateTime, lang } = useI18n();
  const { tenants } = useSession();
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const state = useAsync(async () => {
    if (!(await hasRoute('GET', ROUTE))) return null;
    return api<AipDetail>('GET', `/api/aips/${encodeURIComponent(id)}`);
  }, [id]);
  const aip = state.data;
  if (aip === null) return <NotAvailable what={t('aip.title')} route={`GET ${ROUTE}`} />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/search">{t('nav.search')}</Link>
      </p>
      <ErrorMessage error={state.error} />
      {!aip && state.loading && <Loading />}
      {aip && (
        <>
          <h1>
            {aip.title}{' '}
            <Badge tone={aip.state === 'preserved' ? 'ok' : 'info'}>
              {aip.state === 'preserved' ? t('aip.preserved') : aip.state}
            </Badge>
          </h1>
          <dl className="facts">
            {(
              [
                [t('aip.id'), <span className="mono">{aip.id}</span>],
                [t('municipality'), tenants.find((x) => x.id === aip.tenantId)?.name ?? aip.tenantId],
                [t('aip.recordsCreator'), aip.recordsCreator ?? '–'],
                [t('system'), aip.systemName ?? '–'],
                [t('aip.dates'), `${date(aip.dateFrom)} – ${date(aip.dateTo)}`],
                [t('aip.referenceCode'), aip.referenceCode ?? '–'],
                [t('size'), `${formatBytes(aip.size, locale)} · ${t('aip.fileCount', { n: aip.fileCount })}`],
                [t('aip.preservedAt'), dateTime(aip.preservedAt)],
              ] as [string, ReactNode][]
            ).map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          {aip.projectId && (
            <p>
              <Link to={`/projects/${aip.projectId}`}>{t('aip.toProject')}</Link>
            </p>
          )}
          <Section title={t('aip.copies')} id="copies">
            <ul className="copies" data-testid="aip-copies">
              {aip.copies.map((c) => (
                <li key={c.location}>
                  <Badge tone={c.state === 'verified' ? 'ok' : 'warning'}>
                    {c.state === 'verified'
                      ? t('aip.copyVerified')
                      : c.state === 'damaged'
                        ? t('aip.copyDamaged')
                        : c.state}
                  </Badge>{' '}
                  <span className="mono">{c.location}</span>{' '}
                  {c.verifiedAt && <span className="muted">{dateTime(c.verifiedAt)}</span>}
                  <br />
                  <span className="small muted" data-testid="copy-last-check">
                    {t('aip.lastFixityCheck')}: {c.checkedAt ? dateTime(c.checkedAt) : t('aip.neverChecked')}
                  </span>
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('aip.files')} id="files">
            <div className="table-wrap">
              <table data-testid="aip-files">
                <caption className="sr-only">{t('aip.files')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('aip.path')}</th>
                    <th scope="col" className="num">
                      {t('size')}
                    </th>
                    <th scope="col">{t('aip.format')}</th>
                    <th scope="col">SHA-256</th>
                  </tr>
                </thead>
                <tbody>
                  {aip.files.map((f) => (
                    <tr key={f.path}>
                      <td className="break">
                        <a href={fileUrl(aip.id, f.path)} download>
                          {f.path}
                        </a>
                      </td>
                      <td className="num">{formatBytes(f.size, locale)}</td>
                      <td className="mono">{f.puid ?? '–'}</td>
                      <td className="mono small hash" title={f.sha256}>
                        {f.sha256}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
          <Section title={t('aip.events')} id="events">
            <ol className="timeline" data-testid="aip-events">
              {aip.events.map((e, i) => (
                <li key={e.id ?? i}>
                  <time dateTime={e.at}>{dateTime(e.at)}</time>
                  <div>
                    <strong>{e.type}</strong>{' '}
                    <Badge
                      tone={e.outcome === 'success' ? 'ok' : e.outcome === 'failure' ? 'error' : 'neutral'}
                    >
                      {e.outcome}
                    </Badge>
                    <span className="muted"> · {e.agent}</span>
                    {e.detail && <p className="reason">{e.detail}</p>}
                  </div>
                </li>
              ))}
            </ol>
          </Section>
        </>
      )}
    </>
  );
}
