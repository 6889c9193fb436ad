/** Sök: search over the AIPs the user may read, with the matched words marked and a tenant filter. */
import { useState, type FormEvent } from 'react';
import { api, hasRoute } from '../api.ts';
import { Highlight } from '../components/highlight.tsx';
import { ErrorMessage, Loading, NotAvailable } from '../components/status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { SearchResult } from '../types.ts';
import { useAsync } from '../use-async.ts';

const ROUTE = '/api/search';
const PAGE_SIZE = 20;

export function SearchPage() {
  const { t, date } = useI18n();
  const { tenantsWith, tenants } = useSession();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const tenant = query.get('tenant') ?? '';
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  const readable = tenantsWith('search:read');
  const state = useAsync(async () => {
    if (!(await hasRoute('GET', ROUTE))) return null;
    if (!q) return undefined;
    const params = new URLSearchParams({ q, page: String(page), pageSize: String(PAGE_SIZE) });
    if (tenant) params.set('tenant', tenant);
    return api<SearchResult>('GET', `${ROUTE}?${params}`);
  }, [q, tenant, page]);
  const go = (next: { q: string; tenant: string; page?: number }) => {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.tenant) params.set('tenant', next.tenant);
    if (next.page && next.page > 1) params.set('page', String(next.page));
    navigate(`/search${params.size ? `?${params}` : ''}`);
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    go({ q: text.trim(), tenant: String(new FormData(e.currentTarget).get('tenant') ?? '') });
  };
  const tenantName = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;
  if (state.data === null)
    return <NotAvailable what={t('search.title')} route={`GET ${ROUTE}?q=…&tenant=…`} />;
  const result = state.data;
  const pages = result ? Math.ceil(result.total / result.pageSize) : 0;
  return (
    <>
      <h1>{t('search.title')}</h1>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="search-q" className="sr-only">
          {t('search.query')}
        </label>
        <input
          id="search-q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('search.placeholder')}
        />
        {readable.length > 1 && (
          <>
            <label htmlFor="search-tenant" className="sr-only">
              {t('municipality')}
            </label>
            <select id="search-tenant" name="tenant" defaultValue={tenant}>
              <option value="">{t('search.allTenants')}</option>
              {readable.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="submit" className="button button-primary">
          {t('search.submit')}
        </button>
      </form>
      <ErrorMessage error={state.error} />
      {state.loading && q && !result && <Loading />}
      {result && (
        <>
          <p className="muted" role="status">
            {result.totalIsLowerBound
              ? t('search.countAtLeast', { n: result.total })
              : t(result.total === 1 ? 'search.countOne' : 'search.count', { n: result.total })}
            {result.order === 'newest' && <> · {t('search.orderNewest')}</>}
          </p>
          <ol className="hits" data-testid="search-hits">
            {result.items.map((h) => (
              <li key={h.id}>
                <Link to={`/aips/${h.id}`} className="hit-title">
                  <Highlight text={h.title} query={q} />
                </Link>
                <div className="small">
                  {[tenantName(h.tenantId), h.recordsCreator, h.systemName, h.referenceCode]
                    .filter((x): x is string => Boolean(x))
                    .map((x, i) => (
                      <span key={i}>
                        {i > 0 && ' · '}
                        <Highlight text={x} query={q} />
                      </span>
                    ))}
                  {(h.dateFrom || h.dateTo) && (
                    <span className="muted">
                      {' '}
                      · {date(h.dateFrom)} – {date(h.dateTo)}
                    </span>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav className="pager" aria-label={t('search.pages')}>
              <button
                type="button"
                className="button"
                disabled={page <= 1}
                onClick={() => go({ q, tenant, page: page - 1 })}
              >
                {t('search.previous')}
              </button>
              <span>{t('search.pageOf', { page, pages })}</span>
              <button
                type="button"
                className="button"
                disabled={page >= pages}
                onClick={() => go({ q, tenant, page: page + 1 })}
              >
                {t('search.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
