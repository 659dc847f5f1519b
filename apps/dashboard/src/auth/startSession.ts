import { Session } from './session.js';

/**
 * Creates the app's session at start: a kiosk link's token (/wallboard?kiosk=<token>) is kept
 * (for the TV's later visits and reboots) and taken out of the address bar so it is not shown
 * on screen; then an earlier sign-in is restored from the refresh cookie.
 */
export function startSession(): Session {
  const session = new Session();
  const url = new URL(window.location.href);
  const kiosk = url.searchParams.get('kiosk');
  if (kiosk) {
    session.adoptKioskToken(kiosk);
    url.searchParams.delete('kiosk');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  void session.restore();
  return session;
}
