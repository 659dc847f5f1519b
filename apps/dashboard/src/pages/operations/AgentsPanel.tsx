import { useState } from 'react';
import { useIntl } from 'react-intl';
import { DataTable, type Column } from '../../components/DataTable.js';
import type { AgentState } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { AGENT_STATE_LABEL } from '../../live/AlertLine.js';
import { formatElapsed } from '../../live/formatElapsed.js';
import { secondsSince } from '../../live/serverClock.js';
import { useLiveFeed } from '../../live/useLiveFeed.js';
import { useNow } from '../../site/useNow.js';
import { OperationsAgentsFeed } from './operationsQueries.js';

/** States in the order a supervisor reads them; each has a symbol as well as a word. */
const STATE_ORDER: readonly AgentState[] = [
  'AVAILABLE',
  'ON_CONTACT',
  'AFTER_CONTACT_WORK',
  'BREAK',
  'MEAL',
  'TRAINING',
  'MEETING',
  'OTHER',
  'LOGGED_OUT',
];
const STATE_SYMBOL: Record<AgentState, string> = {
  AVAILABLE: '●',
  ON_CONTACT: '☎',
  AFTER_CONTACT_WORK: '✎',
  BREAK: '☕',
  MEAL: '◐',
  TRAINING: '✦',
  MEETING: '◆',
  OTHER: '○',
  LOGGED_OUT: '–',
};

type Agent = ReturnType<typeof useAgents>['items'][number];

function useAgents(teamId: number | null) {
  return useLiveFeed(OperationsAgentsFeed, { teamId }, (data) => ({
    kind: data.liveAgents.kind,
    serverTime: data.liveAgents.serverTime,
    items: data.liveAgents.agents,
  }));
}

/**
 * The agents serving the chosen queues, live: counts by state, then a table of each agent's
 * state and time in it (ticking on the server clock), the contact they are on, and whether an
 * agent alert is active. Logged-out agents are left out unless asked for.
 */
export function AgentsPanel({
  queueIds,
  teams,
}: {
  queueIds: ReadonlySet<number>;
  teams: readonly { id: string; name: string }[];
}) {
  const t = useT();
  const intl = useIntl();
  const now = useNow(1000);
  const [teamId, setTeamId] = useState<number | null>(null);
  const [showLoggedOut, setShowLoggedOut] = useState(false);
  const feed = useAgents(teamId);
  const serving = feed.items.filter((a) => a.queueIds.some((id) => queueIds.has(id)));
  const shown = serving.filter((a) => showLoggedOut || a.state !== 'LOGGED_OUT');
  const inState = (a: Agent) => secondsSince(a.since, now, feed.offsetMs);
  const teamName = new Map(teams.map((team) => [Number(team.id), team.name]));

  const columns: Column<Agent>[] = [
    { key: 'name', header: t('operations.agents.name'), render: (a) => a.name, sortValue: (a) => a.name },
    {
      key: 'team',
      header: t('operations.agents.team'),
      render: (a) => (a.teamId === null ? '' : (teamName.get(a.teamId) ?? '')),
      sortValue: (a) => (a.teamId === null ? '' : (teamName.get(a.teamId) ?? '')),
    },
    {
      key: 'state',
      header: t('operations.agents.state'),
      render: (a) => (
        <span className={`agent-state agent-state--${a.state}`}>
          <span aria-hidden="true">{STATE_SYMBOL[a.state]} </span>
          {t(AGENT_STATE_LABEL[a.state])}
          {a.reason ? ` (${a.reason})` : ''}
        </span>
      ),
      sortValue: (a) => STATE_ORDER.indexOf(a.state),
    },
    {
      key: 'time',
      header: t('operations.agents.timeInState'),
      numeric: true,
      render: (a) => {
        const seconds = inState(a);
        return (
          <span className={a.activeAlert ? 'agent-time agent-time--alert' : 'agent-time'}>
            {a.activeAlert && (
              <>
                <span aria-hidden="true">⚠ </span>
                <span className="visually-hidden">{t('operations.agents.tooLong')} </span>
              </>
            )}
            {seconds === null ? '—' : formatElapsed(seconds, intl.locale)}
          </span>
        );
      },
      sortValue: (a) => inState(a) ?? -1,
    },
    {
      key: 'adherence',
      header: t('operations.agents.adherence'),
      render: (a) => <AdherenceCell adherence={a.adherence} now={now} offsetMs={feed.offsetMs} />,
      // Out of adherence first (longest first), then in adherence, then nothing scheduled.
      sortValue: (a) =>
        a.adherence.scheduledActivity === null
          ? -1
          : a.adherence.inAdherence
            ? 0
            : 1 + (secondsSince(a.adherence.outOfAdherenceSince, now, feed.offsetMs) ?? 0),
    },
    {
      key: 'contact',
      header: t('operations.agents.contact'),
      render: (a) =>
        a.currentContact
          ? t('operations.agents.onContact', {
              queue: a.currentContact.queue ?? '',
              duration: formatElapsed(
                secondsSince(a.currentContact.answeredAt, now, feed.offsetMs) ?? 0,
                intl.locale,
              ),
            })
          : '',
    },
  ];

  return (
    <section aria-labelledby="ops-agents" className="card ops-agents">
      <div className="section-heading">
        <h2 id="ops-agents">{t('operations.agents')}</h2>
        <div className="ops-controls">
          <label>
            {t('operations.agents.teamFilter')}{' '}
            <select
              value={teamId ?? ''}
              onChange={(event) => setTeamId(event.target.value === '' ? null : Number(event.target.value))}
            >
              <option value="">{t('operations.agents.allTeams')}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={showLoggedOut}
              onChange={(e) => setShowLoggedOut(e.target.checked)}
            />{' '}
            {t('operations.agents.showLoggedOut')}
          </label>
        </div>
      </div>
      <ul className="state-counts" aria-label={t('operations.agents.byState')}>
        {STATE_ORDER.map((state) => (
          <li key={state} className={`agent-state agent-state--${state}`} data-state={state}>
            <span aria-hidden="true">{STATE_SYMBOL[state]} </span>
            {t(AGENT_STATE_LABEL[state])}{' '}
            <strong>{intl.formatNumber(serving.filter((a) => a.state === state).length)}</strong>
          </li>
        ))}
      </ul>
      <DataTable
        caption={t('operations.agents')}
        rows={shown}
        columns={columns}
        rowKey={(a) => a.id}
        filterText={(a) => `${a.name} ${a.agentId}`}
        filterLabelId="operations.agents.filter"
        emptyId="operations.agents.none"
        pageSize={15}
      />
    </section>
  );
}

const ACTIVITY_LABEL: Record<string, MessageId> = {
  work: 'schedule.kind.work',
  break: 'schedule.kind.break',
  meal: 'schedule.kind.meal',
  training: 'schedule.kind.training',
  meeting: 'schedule.kind.meeting',
  coaching: 'schedule.kind.coaching',
};

/**
 * The agent against the published schedule: what is scheduled now and, once the mismatch has
 * outlasted the activity's tolerance, a flag with how long it has lasted (a symbol and words,
 * never colour alone).
 */
function AdherenceCell({
  adherence,
  now,
  offsetMs,
}: {
  adherence: Agent['adherence'];
  now: number;
  offsetMs: number;
}) {
  const t = useT();
  const intl = useIntl();
  if (adherence.scheduledActivity === null) return <>{t('operations.agents.notScheduled')}</>;
  const label = ACTIVITY_LABEL[adherence.scheduledActivity];
  const activity = label ? t(label) : adherence.scheduledActivity;
  if (adherence.inAdherence)
    return (
      <span className="agent-adherence">
        <span aria-hidden="true">✓ </span>
        {t('operations.agents.inAdherence', { activity })}
      </span>
    );
  const seconds = secondsSince(adherence.outOfAdherenceSince, now, offsetMs) ?? 0;
  return (
    <span className="agent-adherence agent-adherence--out">
      <span aria-hidden="true">✖ </span>
      {t('operations.agents.outOfAdherence', { activity, duration: formatElapsed(seconds, intl.locale) })}
    </span>
  );
}
