import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';
import { graphql } from '../../graphql/generated/index.js';
import type { AdminTeamsQuery } from '../../graphql/generated/graphql.js';
import { useT } from '../../i18n/useT.js';
import { FormProblems } from './FormProblems.js';
import { EditButton, FormActions, SectionFrame } from './SectionFrame.js';
import { useFormProblems } from './useFormProblems.js';

const AdminTeams = graphql(`
  query AdminTeams {
    teams {
      id
      name
      siteId
    }
    sites {
      id
      name
    }
  }
`);

const CreateTeam = graphql(`
  mutation AdminCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      siteId
    }
  }
`);

const UpdateTeam = graphql(`
  mutation AdminUpdateTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
      siteId
    }
  }
`);

type Team = AdminTeamsQuery['teams'][number];
type SiteOption = AdminTeamsQuery['sites'][number];

/** Teams: groups of agents at a site. */
export function TeamsSection() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(AdminTeams);
  const [editing, setEditing] = useState<{ team: Team | null } | null>(null);
  const sites = useMemo(() => data?.sites ?? [], [data]);
  const siteName = useMemo(() => new Map(sites.map((s) => [Number(s.id), s.name])), [sites]);

  const columns: Column<Team>[] = [
    { key: 'name', header: t('team.name'), render: (x) => x.name, sortValue: (x) => x.name },
    {
      key: 'site',
      header: t('team.site'),
      render: (x) => siteName.get(x.siteId) ?? '',
      sortValue: (x) => siteName.get(x.siteId) ?? '',
    },
    {
      key: 'edit',
      header: t('common.actions'),
      render: (x) => <EditButton name={x.name} onClick={() => setEditing({ team: x })} />,
    },
  ];

  return (
    <SectionFrame
      id="teams"
      titleId="admin.teams"
      descriptionId="admin.teams.description"
      addLabelId="admin.teams.add"
      onAdd={() => setEditing({ team: null })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.teams')}
        rows={data?.teams ?? []}
        columns={columns}
        rowKey={(x) => x.id}
        filterText={(x) => `${x.name} ${siteName.get(x.siteId) ?? ''}`}
        filterLabelId="admin.teams.filter"
        emptyId="admin.teams.empty"
      />
      {editing && <TeamForm team={editing.team} sites={sites} onDone={() => setEditing(null)} />}
    </SectionFrame>
  );
}

function TeamForm({
  team,
  sites,
  onDone,
}: {
  team: Team | null;
  sites: readonly SiteOption[];
  onDone: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(team?.name ?? '');
  const [siteId, setSiteId] = useState(team ? String(team.siteId) : (sites[0]?.id ?? ''));
  const { form, problems, saving, submit, errorsFor } = useFormProblems();
  const [createTeam] = useMutation(CreateTeam, { refetchQueries: [AdminTeams] });
  const [updateTeam] = useMutation(UpdateTeam);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), siteId: Number(siteId) };
    const ok = await submit(() =>
      team ? updateTeam({ variables: { id: team.id, input } }) : createTeam({ variables: { input } }),
    );
    if (ok) onDone();
  };

  return (
    <Dialog
      title={team ? t('admin.teams.editTitle', { name: team.name }) : t('admin.teams.add')}
      onClose={onDone}
    >
      <form ref={form} onSubmit={onSubmit} noValidate className="form">
        <FormProblems problems={problems} shownFields={['name', 'siteId']} />
        <Field name="name" label={t('team.name')} errors={errorsFor('name')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field name="siteId" label={t('team.site')} errors={errorsFor('siteId')}>
          {(p) => (
            <select {...p} value={siteId} onChange={(e) => setSiteId(e.target.value)}>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions saving={saving} onCancel={onDone} />
      </form>
    </Dialog>
  );
}
