import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Field } from '../components/Field.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorMessage, Loading } from '../components/StatusMessage.js';
import type { MessageId } from '../i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import './auth.css';

interface Credential {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface AccessData {
  kioskTokens: Credential[];
  apiKeys: Credential[];
  users: { id: string; username: string; displayName: string; hasPassword: boolean | null }[];
}

const ACCESS: TypedDocumentNode<AccessData> = gql(`
  query AccessAdmin {
    kioskTokens { id name hint createdAt createdBy lastUsedAt revokedAt }
    apiKeys { id name hint createdAt createdBy lastUsedAt revokedAt }
    users { id username displayName hasPassword }
  }
`);

type Created = { secret: string; credential: Credential };
const CREATE_KIOSK: TypedDocumentNode<{ created: Created }, { name: string }> = gql(`
  mutation AccessCreateKioskToken($name: String!) { created: createKioskToken(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }
`);
const CREATE_KEY: TypedDocumentNode<{ created: Created }, { name: string }> = gql(`
  mutation AccessCreateApiKey($name: String!) { created: createApiKey(name: $name) { secret credential { id name hint createdAt createdBy lastUsedAt revokedAt } } }
`);
const REVOKE_KIOSK: TypedDocumentNode<unknown, { id: string }> = gql(`
  mutation AccessRevokeKioskToken($id: ID!) { revokeKioskToken(id: $id) { id revokedAt } }
`);
const REVOKE_KEY: TypedDocumentNode<unknown, { id: string }> = gql(`
  mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }
`);
const SET_PASSWORD: TypedDocumentNode<unknown, { userId: string; password: string }> = gql(`
  mutation AccessSetUserPassword($userId: ID!, $password: String!) { setUserPassword(userId: $userId, password: $password) { id hasPassword } }
`);

/**
 * Admin → Access: wallboard kiosk tokens and ingestion API keys (create, list, revoke; a secret
 * is shown once, when it is created) and users' passwords (a new user signs in once it has one).
 */
export default function AccessPage() {
  const { data, loading, error, refetch } = useQuery(ACCESS);
  return (
    <div className="access">
      <PageHeader titleId="access.title" descriptionId="access.description" />
      {error ? (
        <ErrorMessage message={error.message} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : (
        <>
          <CredentialSection kind="kiosk" rows={data?.kioskTokens ?? []} onChange={() => void refetch()} />
          <CredentialSection kind="apiKey" rows={data?.apiKeys ?? []} onChange={() => void refetch()} />
          <PasswordSection users={data?.users ?? []} />
        </>
      )}
    </div>
  );
}

const TEXT: Record<'kiosk' | 'apiKey', { title: MessageId; description: MessageId; secret: MessageId }> = {
  kiosk: {
    title: 'access.kiosk.title',
    description: 'access.kiosk.description',
    secret: 'access.kiosk.link',
  },
  apiKey: {
    title: 'access.apiKey.title',
    description: 'access.apiKey.description',
    secret: 'access.apiKey.secret',
  },
};

function CredentialSection({
  kind,
  rows,
  onChange,
}: {
  kind: 'kiosk' | 'apiKey';
  rows: Credential[];
  onChange: () => void;
}) {
  const t = useT();
  const text = TEXT[kind];
  const [name, setName] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(kind === 'kiosk' ? CREATE_KIOSK : CREATE_KEY);
  const [revoke] = useMutation(kind === 'kiosk' ? REVOKE_KIOSK : REVOKE_KEY);
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await create({ variables: { name: name.trim() } });
      const secret = result.data?.created.secret ?? '';
      setShown(kind === 'kiosk' ? `${window.location.origin}/wallboard?kiosk=${secret}` : secret);
      setName('');
      onChange();
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  return (
    <section className="card access__section" aria-labelledby={`access-${kind}`}>
      <h2 id={`access-${kind}`}>{t(text.title)}</h2>
      <p className="muted">{t(text.description)}</p>
      <form className="form access__create" onSubmit={onSubmit}>
        <Field name={`${kind}-name`} label={t('access.name')} errors={problem ? [problem] : undefined}>
          {(props) => (
            <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button className="button" type="submit" disabled={creating || name.trim() === ''}>
          {t('access.create')}
        </button>
      </form>
      {shown && (
        <div className="access__secret" role="status">
          <Field name={`${kind}-secret`} label={t(text.secret)} hint={t('access.shownOnce')}>
            {(props) => <input {...props} readOnly value={shown} onFocus={(e) => e.target.select()} />}
          </Field>
        </div>
      )}
      <table className="access__table">
        <caption className="visually-hidden">{t(text.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('access.name')}</th>
            <th scope="col">{t('access.hint')}</th>
            <th scope="col">{t('access.created')}</th>
            <th scope="col">{t('access.lastUsed')}</th>
            <th scope="col">{t('access.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.name}</td>
              <td>
                <code>{row.hint}</code>
              </td>
              <td>
                {when(row.createdAt)} · {row.createdBy}
              </td>
              <td>{when(row.lastUsedAt)}</td>
              <td>{row.revokedAt ? `✕ ${t('access.revoked')}` : `✓ ${t('access.active')}`}</td>
              <td>
                {!row.revokedAt && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={async () => {
                      await revoke({ variables: { id: row.id } });
                      onChange();
                    }}
                  >
                    {t('access.revoke')}
                    <span className="visually-hidden"> {row.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PasswordSection({ users }: { users: AccessData['users'] }) {
  const t = useT();
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [setUserPassword, { loading }] = useMutation(SET_PASSWORD, { refetchQueries: [ACCESS] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setUserPassword({ variables: { userId, password } });
      setOutcome({ ok: true, text: t('access.password.saved') });
      setPassword('');
    } catch (e) {
      setOutcome({ ok: false, text: (e as Error).message });
    }
  };

  return (
    <section className="card access__section" aria-labelledby="access-passwords">
      <h2 id="access-passwords">{t('access.password.title')}</h2>
      <p className="muted">{t('access.password.description')}</p>
      <form className="form access__create" onSubmit={onSubmit}>
        <Field name="password-user" label={t('access.password.user')}>
          {(props) => (
            <select {...props} value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">—</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {`${u.displayName} (${u.username})${u.hasPassword ? '' : ` · ${t('access.password.none')}`}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="password-new" label={t('access.password.new')} hint={t('access.password.hint')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button className="button" type="submit" disabled={loading || userId === '' || password.length < 12}>
          {t('access.password.set')}
        </button>
      </form>
      {outcome && (
        <p role="status">
          <span aria-hidden="true">{outcome.ok ? '✓ ' : '⚠ '}</span>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
