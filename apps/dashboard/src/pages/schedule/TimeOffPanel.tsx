import { useMutation, useQuery } from '@apollo/client/react';
import { ProblemList, problemLines } from './ProblemList.js';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { dateOfDay } from './scheduleModel.js';
import {
  DecideTimeOffMutation,
  MyTimeOffQuery,
  RequestTimeOffMutation,
  WeekTimeOffQuery,
} from './scheduleQueries.js';

interface TimeOff {
  id: string;
  agentId: string;
  agentName: string;
  start: string;
  end: string;
  /** Local days of the agent's site (the API knows its zone; an agent's page may not). */
  firstDay: string;
  lastDay: string;
  note: string;
  status: string;
  requestedBy: string | null;
  decidedBy: string | null;
}

/** A status never shown by colour alone: a symbol and a word. */
const STATUS_SYMBOL: Record<string, string> = { PENDING: '…', APPROVED: '✔', REFUSED: '✖' };

/** Whole days off, from one local date to another (both included), optionally for a chosen agent. */
function TimeOffForm({
  agents,
  defaultDate,
  onRequest,
}: {
  agents?: readonly { agentId: string; name: string }[];
  defaultDate: string;
  onRequest: (input: { agentId?: string; fromDate: string; toDate: string; note: string }) => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [agentId, setAgentId] = useState('');
  const [fromDate, setFromDate] = useState(defaultDate);
  const [toDate, setToDate] = useState(defaultDate);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (agents && !agentId) {
      setProblems([t('schedule.timeOff.pickAgent')]);
      return;
    }
    setSaving(true);
    setProblems([]);
    setSent(false);
    try {
      await onRequest({ ...(agents ? { agentId } : {}), fromDate, toDate, note });
      setSent(true);
      setNote('');
    } catch (error) {
      setProblems(problemLines(error, t('schedule.edit.network')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="time-off-form" onSubmit={(e) => void submit(e)} aria-label={t('schedule.timeOff.form')}>
      {agents && (
        <div className="field">
          <label htmlFor={`${id}-agent`}>{t('schedule.agent')}</label>
          <select id={`${id}-agent`} value={agentId} onChange={(e) => setAgentId(e.target.value)}>
            <option value="">{t('schedule.timeOff.pickAgent')}</option>
            {agents.map((a) => (
              <option key={a.agentId} value={a.agentId}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('schedule.timeOff.from')}</label>
        <input id={`${id}-from`} type="date" value={fromDate} onChange={(e) => setFromDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('schedule.timeOff.to')}</label>
        <input id={`${id}-to`} type="date" value={toDate} onChange={(e) => setToDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('schedule.timeOff.note')}</label>
        <input id={`${id}-note`} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={saving}>
        {t('schedule.timeOff.request')}
      </button>
      {sent && (
        <p role="status" className="time-off-form__sent">
          {t('schedule.timeOff.sent')}
        </p>
      )}
      <ProblemList problems={problems} testId="time-off-problems" />
    </form>
  );
}

/** Requests as a table: agent, days, note, status (symbol and word), and the scheduler's buttons. */
function TimeOffTable({
  rows,
  showAgent,
  onDecide,
}: {
  rows: readonly TimeOff[];
  showAgent: boolean;
  onDecide?: (id: string, decision: 'APPROVED' | 'REFUSED') => void;
}) {
  const t = useT();
  return (
    <div className="data-table__scroll">
      <table className="time-off-table">
        <caption className="visually-hidden">{t('schedule.timeOff.title')}</caption>
        <thead>
          <tr>
            {showAgent && <th scope="col">{t('schedule.agent')}</th>}
            <th scope="col">{t('schedule.timeOff.days')}</th>
            <th scope="col">{t('schedule.timeOff.note')}</th>
            <th scope="col">{t('schedule.timeOff.status')}</th>
            {onDecide && <th scope="col">{t('schedule.timeOff.decide')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const first = r.firstDay;
            const last = r.lastDay;
            return (
              <tr key={r.id} data-time-off={r.id}>
                {showAgent && <th scope="row">{r.agentName}</th>}
                <td>{first === last ? first : t('schedule.timeOff.range', { first, last })}</td>
                <td>{r.note}</td>
                <td className={`time-off-status time-off-status--${r.status}`}>
                  <span aria-hidden="true">{STATUS_SYMBOL[r.status] ?? ''} </span>
                  {t(`schedule.timeOff.status.${r.status}` as MessageId)}
                </td>
                {onDecide && (
                  <td className="time-off-actions">
                    {r.status !== 'APPROVED' && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => onDecide(r.id, 'APPROVED')}
                        aria-label={t('schedule.timeOff.approveOf', { name: r.agentName, first })}
                      >
                        {t('schedule.timeOff.approve')}
                      </button>
                    )}
                    {r.status !== 'REFUSED' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => onDecide(r.id, 'REFUSED')}
                        aria-label={t('schedule.timeOff.refuseOf', { name: r.agentName, first })}
                      >
                        {t('schedule.timeOff.refuse')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The scheduler's time off of a week: every request touching the week (pending first), approve or
 * refuse each, and ask for days off for an agent. Approved time off binds the next generation.
 */
export function WeekTimeOffPanel({ weekStart, canEdit }: { weekStart: string; canEdit: boolean }) {
  const t = useT();
  const headingId = useId();
  // A day of margin on each side covers every zone; the rows are then cut to the site's week.
  const from = new Date(Date.parse(`${dateOfDay(weekStart, -1)}T00:00:00Z`)).toISOString();
  const to = new Date(Date.parse(`${dateOfDay(weekStart, 8)}T00:00:00Z`)).toISOString();
  const { data, error, loading, refetch } = useQuery(WeekTimeOffQuery, { variables: { from, to } });
  const [request] = useMutation(RequestTimeOffMutation);
  const [decide, deciding] = useMutation(DecideTimeOffMutation);
  const sunday = dateOfDay(weekStart, 6);
  const order = { PENDING: 0, APPROVED: 1, REFUSED: 2 } as Record<string, number>;
  const rows = (data?.timeOff ?? [])
    .filter((r) => r.firstDay <= sunday && r.lastDay >= weekStart)
    .sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3) || a.start.localeCompare(b.start));
  const pending = rows.filter((r) => r.status === 'PENDING').length;
  return (
    <section className="card time-off" aria-labelledby={headingId} id="schedule-time-off">
      <h3 id={headingId}>{t('schedule.timeOff.title')}</h3>
      <p className="page-header__description">{t('schedule.timeOff.description', { pending })}</p>
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {deciding.error && <ErrorMessage message={deciding.error.message} />}
      {loading && !data && <Loading />}
      {data && rows.length === 0 && <p>{t('schedule.timeOff.none')}</p>}
      {rows.length > 0 && (
        <TimeOffTable
          rows={rows}
          showAgent
          onDecide={
            canEdit
              ? (id, decision) =>
                  void decide({ variables: { input: { id, decision } } }).then(() => refetch())
              : undefined
          }
        />
      )}
      {canEdit && data && (
        <TimeOffForm
          agents={data.agents}
          defaultDate={weekStart}
          onRequest={async (input) => {
            await request({ variables: { input } });
            await refetch();
          }}
        />
      )}
    </section>
  );
}

/** An agent's own time off: ask for days off and follow the answers. */
export function MyTimeOffPanel({ defaultDate }: { defaultDate: string }) {
  const t = useT();
  const headingId = useId();
  const { data, error, loading, refetch } = useQuery(MyTimeOffQuery);
  const [request] = useMutation(RequestTimeOffMutation);
  const rows = data?.myTimeOff ?? [];
  return (
    <section className="card time-off" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('schedule.timeOff.mine')}</h3>
      <p className="page-header__description">{t('schedule.timeOff.mineDescription')}</p>
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      <TimeOffForm
        defaultDate={defaultDate}
        onRequest={async (input) => {
          await request({ variables: { input } });
          await refetch();
        }}
      />
      {data && rows.length === 0 && <p>{t('schedule.timeOff.noneMine')}</p>}
      {rows.length > 0 && <TimeOffTable rows={rows} showAgent={false} />}
    </section>
  );
}
