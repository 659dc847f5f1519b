import { useMutation, useQuery } from '@apollo/client/react';
import { ProblemList, problemLines } from './ProblemList.js';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import {
  availabilityOf,
  clock,
  parseClock,
  windowsOf,
  type DayAvailability,
  type WeeklyWindow,
} from './scheduleModel.js';
import { AgentSchedulingQuery, SaveAgentSchedulingMutation } from './scheduleQueries.js';

const DAYS = [0, 1, 2, 3, 4, 5, 6];

/**
 * An agent's weekly availability, day by day: any time, between two local times, or not at all.
 * Saved with the agent's contract, templates and days off unchanged; the generator then keeps
 * every shift of the agent inside a window.
 */
export function AvailabilityPanel() {
  const t = useT();
  const id = useId();
  const { data, error, loading, refetch } = useQuery(AgentSchedulingQuery);
  const [agentId, setAgentId] = useState('');
  const settings = data?.schedulingRules.agents.find((a) => a.agentId === agentId);
  return (
    <section className="card availability" aria-labelledby={`${id}-title`} id="schedule-availability">
      <h3 id={`${id}-title`}>{t('schedule.availability.title')}</h3>
      <p className="page-header__description">{t('schedule.availability.description')}</p>
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <div className="field">
          <label htmlFor={`${id}-agent`}>{t('schedule.agent')}</label>
          <select id={`${id}-agent`} value={agentId} onChange={(e) => setAgentId(e.target.value)}>
            <option value="">{t('schedule.timeOff.pickAgent')}</option>
            {data.agents.map((a) => (
              <option key={a.agentId} value={a.agentId}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {agentId && data && (
        <AvailabilityForm
          key={agentId}
          agentId={agentId}
          settings={settings ?? null}
          onSaved={() => void refetch()}
        />
      )}
    </section>
  );
}

function AvailabilityForm({
  agentId,
  settings,
  onSaved,
}: {
  agentId: string;
  settings: {
    contractCode: string | null;
    templateCodes: string[] | null;
    fixedDaysOff: number[] | null;
    availability: WeeklyWindow[] | null;
  } | null;
  onSaved: () => void;
}) {
  const t = useT();
  const id = useId();
  const [days, setDays] = useState<DayAvailability[]>(() => availabilityOf(settings?.availability ?? null));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SaveAgentSchedulingMutation);

  const change = (day: number, next: Partial<DayAvailability>) =>
    setDays((before) => before.map((d, i) => (i === day ? { ...d, ...next } : d)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const windows = windowsOf(days);
    if (typeof windows === 'number') {
      setProblems([
        t('schedule.availability.badTimes', { day: t(`schedule.weekday.${windows}` as MessageId) }),
      ]);
      return;
    }
    setProblems([]);
    try {
      await save({
        variables: {
          input: {
            agentId,
            contractCode: settings?.contractCode ?? undefined,
            templateCodes: settings?.templateCodes ?? undefined,
            fixedDaysOff: settings?.fixedDaysOff ?? undefined,
            availability: windows ?? undefined,
          },
        },
      });
      setSaved(true);
      onSaved();
    } catch (error) {
      setProblems(problemLines(error, t('schedule.edit.network')));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('schedule.availability.form')}>
      <table className="availability-table">
        <thead>
          <tr>
            <th scope="col">{t('schedule.availability.day')}</th>
            <th scope="col">{t('schedule.availability.mode')}</th>
            <th scope="col">{t('schedule.availability.from')}</th>
            <th scope="col">{t('schedule.availability.to')}</th>
          </tr>
        </thead>
        <tbody>
          {DAYS.map((day) => {
            const d = days[day];
            const name = t(`schedule.weekday.${day}` as MessageId);
            return (
              <tr key={day} data-day={day}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    aria-label={t('schedule.availability.modeOf', { day: name })}
                    value={d.mode}
                    onChange={(e) => change(day, { mode: e.target.value as DayAvailability['mode'] })}
                  >
                    <option value="any">{t('schedule.availability.any')}</option>
                    <option value="between">{t('schedule.availability.between')}</option>
                    <option value="off">{t('schedule.availability.off')}</option>
                  </select>
                </td>
                <td>
                  <input
                    type="time"
                    step={900}
                    aria-label={t('schedule.availability.fromOf', { day: name })}
                    disabled={d.mode !== 'between'}
                    value={clock(d.from)}
                    onChange={(e) => change(day, { from: parseClock(e.target.value) ?? d.from })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    step={900}
                    aria-label={t('schedule.availability.toOf', { day: name })}
                    disabled={d.mode !== 'between'}
                    value={clock(d.to)}
                    onChange={(e) => change(day, { to: parseClock(e.target.value) ?? d.to })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ProblemList problems={problems} testId="availability-problems" />
      <div className="shift-editor__actions">
        <button type="submit" className="button" disabled={saving.loading} id={`${id}-save`}>
          {t('schedule.availability.save')}
        </button>
        {saved && <span role="status">{t('schedule.availability.saved')}</span>}
      </div>
    </form>
  );
}
