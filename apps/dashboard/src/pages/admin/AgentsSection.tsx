import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { DataTable, type Column } from '../../components/DataTable.js';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';
import { graphql } from '../../graphql/generated/index.js';
import type { AdminAgentFieldsFragment, AdminAgentsQuery } from '../../graphql/generated/graphql.js';
import { useT } from '../../i18n/useT.js';
import { FormProblems } from './FormProblems.js';
import { parseNumber } from './parseNumber.js';
import { EditButton, FormActions, SectionFrame } from './SectionFrame.js';
import { useFormProblems } from './useFormProblems.js';

graphql(`
  fragment AdminAgentFields on Agent {
    id
    agentId
    name
    teamId
    skills {
      queueId
      queueName
      proficiency
    }
  }
`);

const AdminAgents = graphql(`
  query AdminAgents {
    agents {
      ...AdminAgentFields
    }
    teams {
      id
      name
    }
    queues {
      id
      name
    }
  }
`);

const CreateAgent = graphql(`
  mutation AdminCreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      ...AdminAgentFields
    }
  }
`);

const UpdateAgent = graphql(`
  mutation AdminUpdateAgent($id: ID!, $input: UpdateAgentInput!) {
    updateAgent(id: $id, input: $input) {
      ...AdminAgentFields
    }
  }
`);

type Agent = AdminAgentFieldsFragment;
type Options = Pick<AdminAgentsQuery, 'teams' | 'queues'>;

/** Agents: their id in events and the PBX, team, and the queues they serve with a proficiency. */
export function AgentsSection() {
  const t = useT();
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(AdminAgents);
  const [editing, setEditing] = useState<{ agent: Agent | null } | null>(null);
  const teamName = useMemo(() => new Map((data?.teams ?? []).map((x) => [Number(x.id), x.name])), [data]);
  const skillsText = (a: Agent) =>
    a.skills
      .map((s) =>
        t('agent.skillSummary', { queue: s.queueName, proficiency: intl.formatNumber(s.proficiency) }),
      )
      .join(', ');

  const columns: Column<Agent>[] = [
    { key: 'agentId', header: t('agent.agentId'), render: (a) => a.agentId, sortValue: (a) => a.agentId },
    { key: 'name', header: t('agent.name'), render: (a) => a.name, sortValue: (a) => a.name },
    {
      key: 'team',
      header: t('agent.team'),
      render: (a) => (a.teamId === null ? t('agent.noTeam') : (teamName.get(a.teamId) ?? '')),
      sortValue: (a) => (a.teamId === null ? '' : (teamName.get(a.teamId) ?? '')),
    },
    { key: 'skills', header: t('agent.skills'), render: skillsText },
    {
      key: 'edit',
      header: t('common.actions'),
      render: (a) => <EditButton name={a.name} onClick={() => setEditing({ agent: a })} />,
    },
  ];

  return (
    <SectionFrame
      id="agents"
      titleId="admin.agents"
      descriptionId="admin.agents.description"
      addLabelId="admin.agents.add"
      onAdd={() => setEditing({ agent: null })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.agents')}
        rows={data?.agents ?? []}
        columns={columns}
        rowKey={(a) => a.id}
        filterText={(a) =>
          `${a.agentId} ${a.name} ${a.teamId === null ? '' : (teamName.get(a.teamId) ?? '')} ${a.skills.map((s) => s.queueName).join(' ')}`
        }
        filterLabelId="admin.agents.filter"
        emptyId="admin.agents.empty"
      />
      {editing && data && <AgentForm agent={editing.agent} options={data} onDone={() => setEditing(null)} />}
    </SectionFrame>
  );
}

function AgentForm({
  agent,
  options,
  onDone,
}: {
  agent: Agent | null;
  options: Options;
  onDone: () => void;
}) {
  const t = useT();
  const [agentId, setAgentId] = useState(agent?.agentId ?? '');
  const [name, setName] = useState(agent?.name ?? '');
  const [teamId, setTeamId] = useState(agent?.teamId === null || !agent ? '' : String(agent.teamId));
  // queueId → proficiency text, for the queues the agent serves.
  const [skills, setSkills] = useState<Record<string, string>>(() =>
    Object.fromEntries((agent?.skills ?? []).map((s) => [String(s.queueId), String(s.proficiency)])),
  );
  const { form, problems, saving, submit, errorsFor } = useFormProblems();
  const [createAgent] = useMutation(CreateAgent, { refetchQueries: [AdminAgents] });
  const [updateAgent] = useMutation(UpdateAgent);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: Record<string, string[]> = {};
    const skillInputs = Object.entries(skills).map(([queueId, text], index) => {
      const parsed = parseNumber(text);
      if (!parsed.ok || parsed.value === null || parsed.value < 0 || parsed.value > 1) {
        clientErrors[`skills.${index}.proficiency`] = [t('agent.proficiency.range')];
      }
      return { queueId: Number(queueId), proficiency: parsed.ok && parsed.value !== null ? parsed.value : 0 };
    });
    const input = {
      agentId: agentId.trim(),
      name: name.trim(),
      teamId: teamId === '' ? null : Number(teamId),
      skills: skillInputs,
    };
    const ok = await submit(
      () =>
        agent ? updateAgent({ variables: { id: agent.id, input } }) : createAgent({ variables: { input } }),
      clientErrors,
    );
    if (ok) onDone();
  };

  const skillErrors = errorsFor('skills');
  return (
    <Dialog
      title={agent ? t('admin.agents.editTitle', { name: agent.name }) : t('admin.agents.add')}
      onClose={onDone}
    >
      <form ref={form} onSubmit={onSubmit} noValidate className="form">
        <FormProblems problems={problems} shownFields={['agentId', 'name', 'teamId', 'skills']} />
        <div className="form-row">
          <Field
            name="agentId"
            label={t('agent.agentId')}
            hint={t('agent.agentId.hint')}
            errors={errorsFor('agentId')}
          >
            {(p) => (
              <input {...p} value={agentId} onChange={(e) => setAgentId(e.target.value)} autoComplete="off" />
            )}
          </Field>
          <Field name="name" label={t('agent.name')} errors={errorsFor('name')}>
            {(p) => (
              <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
            )}
          </Field>
        </div>
        <Field name="teamId" label={t('agent.team')} errors={errorsFor('teamId')}>
          {(p) => (
            <select {...p} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">{t('agent.noTeam')}</option>
              {options.teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset
          aria-describedby={skillErrors ? 'skills-error' : 'skills-hint'}
          aria-invalid={Boolean(skillErrors)}
        >
          <legend>{t('agent.skills')}</legend>
          <p className="field__hint" id="skills-hint">
            {t('agent.skills.hint')}
          </p>
          <table className="skills-table">
            <thead>
              <tr>
                <th scope="col">{t('agent.skills.queue')}</th>
                <th scope="col">{t('agent.skills.proficiency')}</th>
              </tr>
            </thead>
            <tbody>
              {options.queues.map((queue) => {
                const serves = queue.id in skills;
                const checkboxId = `skill-${queue.id}`;
                return (
                  <tr key={queue.id}>
                    <td>
                      <input
                        type="checkbox"
                        id={checkboxId}
                        checked={serves}
                        onChange={(e) =>
                          setSkills((current) => {
                            const next = { ...current };
                            if (e.target.checked) next[queue.id] = '1';
                            else delete next[queue.id];
                            return next;
                          })
                        }
                      />{' '}
                      <label htmlFor={checkboxId}>{queue.name}</label>
                    </td>
                    <td>
                      <input
                        type="text"
                        inputMode="decimal"
                        className="input--narrow"
                        aria-label={t('agent.skills.proficiencyFor', { queue: queue.name })}
                        disabled={!serves}
                        value={skills[queue.id] ?? ''}
                        onChange={(e) => setSkills((current) => ({ ...current, [queue.id]: e.target.value }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {skillErrors && (
            <p className="field__error" id="skills-error">
              <span aria-hidden="true">⚠ </span>
              {skillErrors.join('; ')}
            </p>
          )}
        </fieldset>
        <FormActions saving={saving} onCancel={onDone} />
      </form>
    </Dialog>
  );
}
