/** Small shared pieces: loading, errors, "not available", phase and state badges. */
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  if (!error) return null;
  const text =
    error instanceof ApiError ? error.text(lang) : error instanceof Error ? error.message : String(error);
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('error')}:</strong> {text}
      {error instanceof ApiError && <span className="code"> ({error.code})</span>}
    </div>
  );
}

/** A part of the page whose API the server does not offer (yet). */
export function NotAvailable({ what, route }: { what: string; route: string }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-info" data-testid="not-available">
      <strong>{t('notAvailable.title', { what })}</strong> {t('notAvailable.body')} <code>{route}</code>
    </div>
  );
}

export function PhaseBadge({ phase }: { phase: string }) {
  const { phase: label } = useI18n();
  return <span className={`badge phase-${phase}`}>{label(phase)}</span>;
}

export type Tone = 'ok' | 'error' | 'warning' | 'info' | 'neutral';

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge tone-${tone}`}>{children}</span>;
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="panel" aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

export function formatBytes(n: number | null | undefined, locale = 'sv-SE'): string {
  if (n === null || n === undefined) return '–';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
