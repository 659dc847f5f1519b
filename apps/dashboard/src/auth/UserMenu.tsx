import './auth.css';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/useT.js';
import { useSession, useSessionObject } from './SessionContext.js';

/** Who is signed in, with their role, and a sign-out button (in the shell's header). */
export function UserMenu() {
  const t = useT();
  const state = useSession();
  const session = useSessionObject();
  const navigate = useNavigate();
  if (state.status !== 'signedIn') return null;
  const { user } = state;
  return (
    <div className="user-menu">
      {user.role === 'ADMIN' && (
        <Link className="button button--ghost button--small" to="/admin/access">
          {t('access.title')}
        </Link>
      )}
      <span className="user-menu__who">
        {t('auth.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}
      </span>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={async () => {
          await session.logout();
          navigate('/login', { replace: true });
        }}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
