/** Login with a local account, or with the organisation's account when OIDC is configured. */
import { useEffect, useState, type FormEvent } from 'react';
import { api, hasRoute } from '../api.ts';
import { ErrorMessage } from '../components/status.tsx';
import { useI18n } from '../i18n.tsx';
import { useSession } from '../session.tsx';

/** GET /api/auth/methods (src/api/routes/oidc.ts). */
interface AuthMethods {
  readonly password: boolean;
  readonly oidc: {
    readonly enabled: boolean;
    readonly label: string | null;
    readonly loginUrl: string | null;
  };
}

export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [methods, setMethods] = useState<AuthMethods | null>(null);

  useEffect(() => {
    void hasRoute('GET', '/api/auth/methods').then(async (present) => {
      if (present) setMethods(await api<AuthMethods>('GET', '/api/auth/methods').catch(() => null));
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const oidc = methods?.oidc.enabled ? methods.oidc : null;

  return (
    <div className="login">
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      {oidc?.loginUrl && (
        <>
          <a className="button button-primary button-wide" href={oidc.loginUrl} data-testid="oidc-login">
            {t('login.oidc')}
            {oidc.label && <span className="button-note"> ({oidc.label})</span>}
          </a>
          <p className="divider">{t('login.or')}</p>
        </>
      )}
      {methods?.password !== false && (
        <form onSubmit={(e) => void submit(e)} className="panel form">
          <ErrorMessage error={error} />
          <label htmlFor="username">{t('login.username')}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <label htmlFor="password">{t('login.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
