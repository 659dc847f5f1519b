import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../components/StatusMessage.js';
import { homeFor, isPagePath, mayOpen } from './roleAccess.js';
import { useSession } from './SessionContext.js';

/**
 * Lets a page through when the session may see it: a signed-in user whose role includes the
 * page, or (with `kiosk`) a wallboard kiosk token. Others go to the login (and come back after
 * it), or to their role's home page.
 */
export function RequireAccess({ children, kiosk = false }: { children: ReactNode; kiosk?: boolean }) {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'unknown') return <Loading />;
  if (state.status === 'kiosk' && kiosk) return <>{children}</>;
  if (state.status !== 'signedIn') {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  // Unknown paths go on to the "page not found" page; known pages the role may not see, home.
  if (isPagePath(location.pathname) && !mayOpen(state.user.role, location.pathname))
    return <Navigate to={homeFor(state.user.role)} replace />;
  return <>{children}</>;
}
