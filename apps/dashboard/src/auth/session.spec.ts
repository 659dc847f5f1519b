import { describe, expect, it } from 'vitest';
import { Session } from './session.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const USER = { id: 1, username: 'mia', displayName: 'Mia', role: 'MANAGER', agentId: null };

/** A fake API: answers by path, records the requests. */
function api(answers: Record<string, () => Response>) {
  const calls: string[] = [];
  const request = (async (input: RequestInfo | URL) => {
    const path = String(input);
    calls.push(path);
    const answer = answers[path];
    if (!answer) throw new Error(`unexpected ${path}`);
    return answer();
  }) as typeof fetch;
  return { calls, request };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const tokens = (accessToken: string) => json(200, { accessToken, expiresIn: 900, user: USER });

describe('session', () => {
  it('signs in, sends the access token, and signs out', async () => {
    const fake = api({
      '/api/auth/login': () => tokens('at-1'),
      '/api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const session = new Session(memoryStorage(), fake.request);
    expect(await session.login('mia', 'pw')).toBe('ok');
    expect(session.snapshot).toEqual({ status: 'signedIn', user: USER });
    expect(await session.authorization()).toBe('Bearer at-1');
    await session.logout();
    expect(session.snapshot).toEqual({ status: 'anonymous' });
    expect(await session.authorization()).toBeNull();
  });

  it('tells a wrong password from too many attempts and from a network failure', async () => {
    const answers: Record<string, () => Response> = { '/api/auth/login': () => json(401, {}) };
    const session = new Session(memoryStorage(), api(answers).request);
    expect(await session.login('mia', 'nope')).toBe('invalid');
    answers['/api/auth/login'] = () => json(429, {});
    expect(await session.login('mia', 'nope')).toBe('tooMany');
    const offline = new Session(memoryStorage(), (async () => {
      throw new TypeError('network');
    }) as typeof fetch);
    expect(await offline.login('mia', 'pw')).toBe('failed');
  });

  it('restores a sign-in from the refresh cookie, else falls back to a kiosk token or nobody', async () => {
    const first = api({ '/api/auth/refresh': () => tokens('at-2') });
    const fresh = new Session(memoryStorage(), first.request);
    await fresh.restore();
    // Never signed in on this browser: no refresh request at all.
    expect(first.calls).toEqual([]);
    expect(fresh.snapshot).toEqual({ status: 'anonymous' });
    const remembered = memoryStorage();
    remembered.setItem('servicefloor.signedIn', '1');
    const restored = new Session(remembered, first.request);
    await restored.restore();
    expect(restored.snapshot.status).toBe('signedIn');

    const storage = memoryStorage();
    storage.setItem('servicefloor.signedIn', '1');
    const kiosk = new Session(storage, api({ '/api/auth/refresh': () => json(401, {}) }).request);
    kiosk.adoptKioskToken('sfk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await kiosk.restore();
    expect(kiosk.snapshot).toEqual({ status: 'kiosk' });
    expect(await kiosk.authorization()).toBe('Bearer sfk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    // A revoked kiosk token is forgotten.
    await kiosk.rejected();
    expect(kiosk.snapshot).toEqual({ status: 'anonymous' });
    expect(storage.getItem('servicefloor.kiosk')).toBeNull();

    const nobody = new Session(memoryStorage(), api({ '/api/auth/refresh': () => json(401, {}) }).request);
    nobody.adoptKioskToken('not-a-kiosk-token');
    await nobody.restore();
    expect(nobody.snapshot).toEqual({ status: 'anonymous' });
  });

  it('refreshes once for concurrent callers', async () => {
    let count = 0;
    const session = new Session(
      memoryStorage(),
      api({ '/api/auth/refresh': () => (count++, tokens(`at-${count}`)) }).request,
    );
    await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(count).toBe(1);
  });
});
