import type { Role } from './roleAccess.js';

/** The signed-in user, as the API's login and refresh answer. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agentId: string | null;
}

/** What the app knows about who is using it. */
export type SessionState =
  | { status: 'unknown' }
  | { status: 'anonymous' }
  | { status: 'signedIn'; user: SessionUser }
  | { status: 'kiosk' };

export type LoginResult = 'ok' | 'invalid' | 'tooMany' | 'failed';

interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  user: SessionUser;
}

const KIOSK_KEY = 'servicefloor.kiosk';
/** Not a secret: only says a refresh cookie may exist, so a first visit makes no failing request. */
const SIGNED_IN_KEY = 'servicefloor.signedIn';
/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000;

/**
 * The session: the access token lives in memory only; the refresh token in the API's HttpOnly
 * cookie (scripts never see it), so a reload signs back in with POST /api/auth/refresh. A
 * wallboard opened with ?kiosk=<token> keeps that token in localStorage (a TV must survive
 * reboots) and sends it instead. Tokens are refreshed a minute before they expire.
 */
export class Session {
  private state: SessionState = { status: 'unknown' };
  private accessToken: string | null = null;
  private expiresAt = 0;
  private refreshing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private settle: () => void = () => undefined;
  /** Resolves once restore() has found out who is using the app (requests wait for it). */
  readonly ready = new Promise<void>((resolve) => (this.settle = resolve));

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = window.localStorage,
    private readonly request: typeof fetch = (input, init) => window.fetch(input, init),
  ) {}

  get snapshot(): SessionState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  /** A kiosk token from the page address (/wallboard?kiosk=…), kept for later visits. */
  adoptKioskToken(token: string | null): void {
    if (!token || !/^sfk_[A-Za-z0-9_-]{20,}$/.test(token)) return;
    this.storage.setItem(KIOSK_KEY, token);
    if (this.state.status !== 'signedIn') this.set({ status: 'kiosk' });
  }

  get kioskToken(): string | null {
    return this.storage.getItem(KIOSK_KEY);
  }

  /** On start: a kiosk token, or the refresh cookie of an earlier sign-in, or nobody. */
  async restore(): Promise<void> {
    if (!(this.storage.getItem(SIGNED_IN_KEY) && (await this.refresh())))
      this.set(this.kioskToken ? { status: 'kiosk' } : { status: 'anonymous' });
    this.settle();
  }

  async login(username: string, password: string): Promise<LoginResult> {
    let res: Response;
    try {
      res = await this.request('/api/auth/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    } catch {
      return 'failed';
    }
    if (res.status === 401 || res.status === 400) return 'invalid';
    if (res.status === 429) return 'tooMany';
    if (!res.ok) return 'failed';
    this.accept((await res.json()) as TokenResponse);
    return 'ok';
  }

  async logout(): Promise<void> {
    try {
      await this.request('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    } catch {
      // Offline: the local session ends anyway; the server's ends when its refresh token expires.
    }
    this.accessToken = null;
    this.clearTimer();
    this.storage.removeItem(SIGNED_IN_KEY);
    this.set(this.kioskToken ? { status: 'kiosk' } : { status: 'anonymous' });
  }

  /** The value for the Authorization header (a fresh access token, or the kiosk token), or null. */
  async authorization(): Promise<string | null> {
    if (this.state.status === 'unknown') await this.ready;
    if (this.state.status === 'signedIn') {
      if (Date.now() > this.expiresAt - EARLY_MS / 2) await this.refresh();
      if (this.accessToken) return `Bearer ${this.accessToken}`;
    }
    const kiosk = this.kioskToken;
    return kiosk ? `Bearer ${kiosk}` : null;
  }

  /** Trades the refresh cookie for new tokens (one request at a time); false when signed out. */
  refresh(): Promise<boolean> {
    this.refreshing ??= (async () => {
      try {
        const res = await this.request('/api/auth/refresh', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        if (!res.ok) {
          this.storage.removeItem(SIGNED_IN_KEY);
          if (this.state.status === 'signedIn') {
            this.accessToken = null;
            this.set(this.kioskToken ? { status: 'kiosk' } : { status: 'anonymous' });
          }
          return false;
        }
        this.accept((await res.json()) as TokenResponse);
        return true;
      } catch {
        return false;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  /** The API refused our credential: try a refresh, else end the session. */
  async rejected(): Promise<void> {
    if (this.state.status === 'signedIn') await this.refresh();
    else if (this.state.status === 'kiosk') {
      this.storage.removeItem(KIOSK_KEY);
      this.set({ status: 'anonymous' });
    }
  }

  private accept(tokens: TokenResponse): void {
    this.storage.setItem(SIGNED_IN_KEY, '1');
    this.accessToken = tokens.accessToken;
    this.expiresAt = Date.now() + tokens.expiresIn * 1000;
    this.clearTimer();
    this.timer = setTimeout(() => void this.refresh(), Math.max(5_000, tokens.expiresIn * 1000 - EARLY_MS));
    this.set({ status: 'signedIn', user: tokens.user });
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(state: SessionState): void {
    const same =
      state.status === this.state.status &&
      (state.status !== 'signedIn' ||
        (this.state.status === 'signedIn' &&
          this.state.user.id === state.user.id &&
          this.state.user.role === state.user.role));
    this.state = same && this.state.status === state.status ? this.state : state;
    if (!same) for (const listener of this.listeners) listener();
  }
}
