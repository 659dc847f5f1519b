import './auth.css';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { Field } from '../components/Field.js';
import { useT } from '../i18n/useT.js';
import { homeFor, safeNext } from './roleAccess.js';
import type { LoginResult } from './session.js';
import { useSession, useSessionObject } from './SessionContext.js';

const MESSAGE = {
  invalid: 'auth.invalid',
  tooMany: 'auth.tooMany',
  failed: 'auth.failed',
} as const;

/** Sign-in with username and password; then on to the page asked for, or the role's home page. */
export default function LoginPage() {
  const t = useT();
  const session = useSessionObject();
  const state = useSession();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Exclude<LoginResult, 'ok'> | null>(null);

  if (state.status === 'signedIn') {
    return <Navigate to={safeNext(params.get('next')) ?? homeFor(state.user.role)} replace />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await session.login(username.trim(), password);
    setBusy(false);
    if (result !== 'ok') {
      setProblem(result);
      setPassword('');
    }
  };

  return (
    <main className="login" id="main">
      <form
        className="login__form form"
        onSubmit={submit}
        noValidate
        aria-describedby={problem ? 'login-problem' : undefined}
      >
        <h1 className="login__title">{t('auth.title')}</h1>
        {problem && (
          <p className="login__problem" id="login-problem" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t(MESSAGE[problem])}
          </p>
        )}
        <Field name="username" label={t('auth.username')}>
          {(props) => (
            <input
              {...props}
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field name="password" label={t('auth.password')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button className="button" type="submit" disabled={busy || username.trim() === '' || password === ''}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </main>
  );
}
