/**
 * Login with OIDC against a real local provider (oidc-provider with its development login and
 * consent pages) on 127.0.0.1, over real HTTP: the test plays the browser — it follows the
 * redirects with a cookie jar and submits the provider's forms. A mapped identity gets a session,
 * an identity with a verified e-mail of an existing account is linked when configured, and an
 * unknown identity is refused with a coded error.
 */
import assert from 'node:assert/strict';
import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Provider from 'oidc-provider';
import { BACKENDS, SQLITE } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createUser } from '../../src/services/server/auth.ts';
import { findUserByUsername } from '../../src/repositories/users.ts';

const ACCOUNTS: Record<string, { email: string; name: string }> = {
  anna: { email: 'anna.andersson@trelleborg.se', name: 'Anna Andersson' },
  bo: { email: 'bo.berg@lund.se', name: 'Bo Berg' },
  mallory: { email: 'mallory@example.org', name: 'Mallory' },
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startProvider(redirectUri: string): Promise<{ issuer: string; server: HttpServer }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'samarkiv',
        client_secret: 'a-client-secret-long-enough-for-hs256',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: (_ctx, id) =>
      ACCOUNTS[id]
        ? {
            accountId: id,
            claims: () => ({
              sub: id,
              email: ACCOUNTS[id]?.email,
              email_verified: true,
              name: ACCOUNTS[id]?.name,
            }),
          }
        : undefined,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test-only-cookie-signing-key'] },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());
  return { issuer, server };
}

/** A browser's cookie jar, per origin (enough here: the two servers use different cookie names). */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const cookies = [...(this.jar.get(origin) ?? new Map<string, string>()).entries()]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const headers = new Headers(init.headers);
    if (cookies) headers.set('cookie', cookies);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    const jar = this.jar.get(origin) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      const expired = attrs.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (!name) continue;
      if (expired || value.join('=') === '') jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    this.jar.set(origin, jar);
    return res;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }
}

const unescapeHtml = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * Starts at samarkiv's login URL and plays the browser until the browser is sent back to samarkiv's
 * callback: follows redirects, fills the provider's login form (as `account`) and accepts consent.
 * Returns samarkiv's answer to the callback.
 */
async function loginThroughProvider(browser: Browser, samarkiv: string, account: string): Promise<Response> {
  let res = await browser.request(`${samarkiv}/api/auth/oidc/login`);
  let url = `${samarkiv}/api/auth/oidc/login`;
  for (let step = 0; step < 20; step++) {
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location') ?? '', url).href;
      res = await browser.request(url);
      if (url.startsWith(`${samarkiv}/api/auth/oidc/callback`)) return res;
      continue;
    }
    const html = await res.text();
    assert.equal(res.status, 200, `unexpected ${res.status} at ${url}: ${html}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    assert.ok(action, `a form at ${url}`);
    const fields = new URLSearchParams();
    for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
      fields.set(m[1] as string, unescapeHtml(m[2] as string));
    if (/name="login"/.test(html)) {
      fields.set('login', account);
      fields.set('password', 'any');
    }
    url = new URL(unescapeHtml(action), url).href;
    res = await browser.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    });
  }
  throw new Error('the login did not come back to samarkiv');
}

for (const backend of BACKENDS) {
  describe(`OIDC login (${backend.name})`, () => {
    let t: TestServer;
    let provider: HttpServer;
    let issuer: string;
    let samarkiv: string;

    before(async () => {
      const port = await freePort();
      samarkiv = `http://127.0.0.1:${port}`;
      const redirectUri = `${samarkiv}/api/auth/oidc/callback`;
      ({ issuer, server: provider } = await startProvider(redirectUri));
      t = await startTestServer(backend, {
        config: {
          host: '127.0.0.1',
          port,
          oidc: {
            issuer,
            clientId: 'samarkiv',
            clientSecret: 'a-client-secret-long-enough-for-hs256',
            redirectUri,
            linkByEmail: true,
            label: 'Logga in med kommunens konto',
          },
        },
      });
      await t.server.listen();
      // Accounts and roles come from an administrator, never from the provider.
      await createUser(t.server.ctx, null, {
        username: 'anna.andersson',
        displayName: 'Anna Andersson',
        oidc: { issuer, subject: 'anna' },
        grants: [{ tenantId: 'trelleborg', role: 'kommunarkivarie' }],
      });
      await createUser(t.server.ctx, null, {
        username: 'bo.berg',
        displayName: 'Bo Berg',
        email: 'Bo.Berg@lund.se',
        grants: [{ tenantId: 'lund', role: 'registrator' }],
      });
    });
    after(async () => {
      await t.close();
      await new Promise((resolve) => provider.close(resolve));
    });

    it('tells the UI which login methods exist', async () => {
      const res = await fetch(`${samarkiv}/api/auth/methods`);
      assert.deepEqual(await res.json(), {
        password: true,
        oidc: { enabled: true, label: 'Logga in med kommunens konto', loginUrl: '/api/auth/oidc/login' },
      });
    });

    it('logs a mapped identity in: session cookie, redirect to /, roles from samarkiv', async () => {
      const browser = new Browser();
      const res = await loginThroughProvider(browser, samarkiv, 'anna');
      assert.equal(res.status, 302, res.status === 302 ? '' : await res.text());
      assert.equal(res.headers.get('location'), '/');
      assert.ok(browser.cookie(samarkiv, 'samarkiv_session'), 'a session cookie');
      assert.equal(browser.cookie(samarkiv, 'samarkiv_oidc'), undefined, 'the login cookie is cleared');
      const session = await browser.request(`${samarkiv}/api/session`);
      assert.equal(session.status, 200);
      const body = (await session.json()) as {
        user: { username: string; grants: { tenantId: string; role: string }[] };
      };
      assert.equal(body.user.username, 'anna.andersson');
      assert.deepEqual(
        body.user.grants.map((g) => [g.tenantId, g.role]),
        [['trelleborg', 'kommunarkivarie']],
      );
      const audit = await t.server.ctx.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'login')
        .orderBy('seq', 'desc')
        .executeTakeFirst();
      assert.match(audit?.detail ?? '', /"method":"oidc"/);
    });

    it('links a verified e-mail address to the existing account once, then finds it by subject', async () => {
      const first = await loginThroughProvider(new Browser(), samarkiv, 'bo');
      assert.equal(first.status, 302, first.status === 302 ? '' : await first.text());
      const user = await findUserByUsername(t.server.ctx.db, 'bo.berg');
      assert.equal(user?.oidc_issuer, issuer);
      assert.equal(user?.oidc_subject, 'bo');
      const again = await loginThroughProvider(new Browser(), samarkiv, 'bo');
      assert.equal(again.status, 302);
    });

    it('refuses an identity without an account with a coded error and no session', async () => {
      const browser = new Browser();
      const res = await loginThroughProvider(browser, samarkiv, 'mallory');
      assert.equal(res.status, 403);
      const body = (await res.json()) as { code: string; message_sv: string };
      assert.equal(body.code, 'ARC_ERR_OIDC_UNKNOWN_USER');
      assert.match(body.message_sv, /administratör/);
      assert.equal(browser.cookie(samarkiv, 'samarkiv_session'), undefined);
      const refused = await t.server.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'login.refused')
        .execute();
      assert.ok(refused.length >= 1);
    });

    it('uses a login state once: a replayed callback is refused', async () => {
      const browser = new Browser();
      const ok = await loginThroughProvider(browser, samarkiv, 'anna');
      assert.equal(ok.status, 302);
      const callback = ok.url;
      const replay = await fetch(callback, { redirect: 'manual' });
      assert.equal(replay.status, 401);
      assert.equal(((await replay.json()) as { code: string }).code, 'ARC_ERR_OIDC_FAILED');
    });
  });
}

describe('OIDC login not configured', () => {
  it('says so in /api/auth/methods and refuses its routes with a coded error', async () => {
    const t = await startTestServer(SQLITE);
    try {
      const methods = await t.server.app.inject({ method: 'GET', url: '/api/auth/methods' });
      assert.deepEqual(methods.json(), {
        password: true,
        oidc: { enabled: false, label: null, loginUrl: null },
      });
      const login = await t.server.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
      assert.equal(login.statusCode, 404);
      assert.equal(login.json().code, 'ARC_ERR_OIDC_NOT_CONFIGURED');
    } finally {
      await t.close();
    }
  });
});
