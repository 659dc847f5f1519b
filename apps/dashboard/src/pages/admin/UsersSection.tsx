import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';
import { ROLES } from '../../directory/channels.js';
import { graphql } from '../../graphql/generated/index.js';
import type { AdminUsersQuery, Role } from '../../graphql/generated/graphql.js';
import { useT } from '../../i18n/useT.js';
import { FormProblems } from './FormProblems.js';
import { EditButton, FormActions, SectionFrame } from './SectionFrame.js';
import { useFormProblems } from './useFormProblems.js';

const AdminUsers = graphql(`
  query AdminUsers {
    users {
      id
      username
      displayName
      role
      agentId
    }
    agents {
      id
      agentId
      name
    }
  }
`);

const CreateUser = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      displayName
      role
      agentId
    }
  }
`);

const UpdateUser = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      username
      displayName
      role
      agentId
    }
  }
`);

type User = AdminUsersQuery['users'][number];

/** Users of the dashboard and their role; an agent's own login is linked to their agent id. */
export function UsersSection() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(AdminUsers);
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);

  const columns: Column<User>[] = [
    { key: 'username', header: t('user.username'), render: (u) => u.username, sortValue: (u) => u.username },
    {
      key: 'displayName',
      header: t('user.displayName'),
      render: (u) => u.displayName,
      sortValue: (u) => u.displayName,
    },
    {
      key: 'role',
      header: t('user.role'),
      render: (u) => t(`role.${u.role}`),
      sortValue: (u) => t(`role.${u.role}`),
    },
    { key: 'agentId', header: t('user.agentId'), render: (u) => u.agentId ?? '' },
    {
      key: 'edit',
      header: t('common.actions'),
      render: (u) => <EditButton name={u.displayName} onClick={() => setEditing({ user: u })} />,
    },
  ];

  return (
    <SectionFrame
      id="users"
      titleId="admin.users"
      descriptionId="admin.users.description"
      addLabelId="admin.users.add"
      onAdd={() => setEditing({ user: null })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.users')}
        rows={data?.users ?? []}
        columns={columns}
        rowKey={(u) => u.id}
        filterText={(u) => `${u.username} ${u.displayName} ${t(`role.${u.role}`)} ${u.agentId ?? ''}`}
        filterLabelId="admin.users.filter"
        emptyId="admin.users.empty"
      />
      {editing && (
        <UserForm user={editing.user} agents={data?.agents ?? []} onDone={() => setEditing(null)} />
      )}
    </SectionFrame>
  );
}

function UserForm({
  user,
  agents,
  onDone,
}: {
  user: User | null;
  agents: AdminUsersQuery['agents'];
  onDone: () => void;
}) {
  const t = useT();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'MANAGER');
  const [agentId, setAgentId] = useState(user?.agentId ?? '');
  const { form, problems, saving, submit, errorsFor } = useFormProblems();
  const [createUser] = useMutation(CreateUser, { refetchQueries: [AdminUsers] });
  const [updateUser] = useMutation(UpdateUser);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      username: username.trim(),
      displayName: displayName.trim(),
      role,
      agentId: agentId.trim() === '' ? null : agentId.trim(),
    };
    const ok = await submit(() =>
      user ? updateUser({ variables: { id: user.id, input } }) : createUser({ variables: { input } }),
    );
    if (ok) onDone();
  };

  return (
    <Dialog
      title={user ? t('admin.users.editTitle', { name: user.displayName }) : t('admin.users.add')}
      onClose={onDone}
    >
      <form ref={form} onSubmit={onSubmit} noValidate className="form">
        <FormProblems problems={problems} shownFields={['username', 'displayName', 'role', 'agentId']} />
        <div className="form-row">
          <Field
            name="username"
            label={t('user.username')}
            hint={t('user.username.hint')}
            errors={errorsFor('username')}
          >
            {(p) => (
              <input
                {...p}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
          <Field name="displayName" label={t('user.displayName')} errors={errorsFor('displayName')}>
            {(p) => (
              <input
                {...p}
                value={displayName}
                onChange={(e) => setDisplayName(e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
        </div>
        <Field name="role" label={t('user.role')} errors={errorsFor('role')}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="agentId"
          label={t('user.agentId')}
          hint={t('user.agentId.hint')}
          errors={errorsFor('agentId')}
        >
          {(p) => (
            <>
              <input
                {...p}
                list="agent-ids"
                value={agentId}
                onChange={(e) => setAgentId(e.target.value)}
                autoComplete="off"
              />
              <datalist id="agent-ids">
                {agents.map((a) => (
                  <option key={a.id} value={a.agentId}>
                    {a.name}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <FormActions saving={saving} onCancel={onDone} />
      </form>
    </Dialog>
  );
}
