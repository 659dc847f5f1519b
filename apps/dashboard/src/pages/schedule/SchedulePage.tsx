import { useMutation, useQuery } from '@apollo/client/react';
import { ProblemList, problemLines } from './ProblemList.js';
import { useEffect, useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSession } from '../../auth/SessionContext.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { calendarDateInZone } from '../../format/calendarDateInZone.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { useSiteZone } from '../../site/useSiteTime.js';
import { AvailabilityPanel } from './AvailabilityPanel.js';
import { CoverageChart } from './CoverageChart.js';
import { inputProblems } from '../../apollo/inputProblems.js';
import {
  GanttLegend,
  ScheduleGantt,
  type GanttEdit,
  type GanttRow,
  type GanttShift,
} from './ScheduleGantt.js';
import './schedule.css';
import { clock, dateOfDay, DAY_MINUTES, mondayOf, nextMonday, WEEK_MINUTES } from './scheduleModel.js';
import {
  CancelGenerationMutation,
  EditShiftMutation,
  GenerateScheduleMutation,
  MyScheduleQuery,
  PublishScheduleMutation,
  ScheduleListQuery,
  ScheduleQuery,
  ScheduleStatusQuery,
} from './scheduleQueries.js';
import { ServiceLevelChart } from './ServiceLevelChart.js';
import { ShiftEditor, type ShiftEdit } from './ShiftEditor.js';
import { MyTimeOffPanel, WeekTimeOffPanel } from './TimeOffPanel.js';

const PAGE_SIZE = 25;

/** The range shown: the whole week, or one day (0 = Monday). */
type View = 'week' | number;

function rangeOf(view: View): { from: number; to: number } {
  return view === 'week'
    ? { from: 0, to: WEEK_MINUTES }
    : { from: view * DAY_MINUTES, to: (view + 1) * DAY_MINUTES };
}

/**
 * Schedule: generate a week against the planning requirement (progress, cancel), a per-agent
 * Gantt of shifts, breaks and activities, coverage against the requirement under it with the
 * service level Erlang C predicts beside a simulation check, edits by form or by dragging a bar
 * (checked by the API, coverage recomputed at once), time-off requests to approve or refuse, and
 * publishing. An agent sees its own published week, read-only, and asks for time off.
 */
export default function SchedulePage() {
  const session = useSession();
  const role = session.status === 'signedIn' ? session.user.role : null;
  return role === 'AGENT' ? (
    <MyScheduleView />
  ) : (
    <PlannerView canEdit={role === 'ADMIN' || role === 'SCHEDULER'} />
  );
}

function ViewPicker({
  view,
  onChange,
  weekStart,
}: {
  view: View;
  onChange: (v: View) => void;
  weekStart: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('schedule.view')}</label>
      <select
        id={id}
        value={String(view)}
        onChange={(e) => onChange(e.target.value === 'week' ? 'week' : Number(e.target.value))}
      >
        <option value="week">{t('schedule.wholeWeek')}</option>
        {[0, 1, 2, 3, 4, 5, 6].map((d) => (
          <option key={d} value={d}>
            {t(`schedule.weekday.${d}` as MessageId)} {dateOfDay(weekStart, d)}
          </option>
        ))}
      </select>
    </div>
  );
}

function PlannerView({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const intl = useIntl();
  const zone = useSiteZone();
  const ids = { week: useId(), schedule: useId(), queue: useId(), search: useId() };
  // Until a week is picked, the next one in the site's zone (the browser's only while sites load).
  const [pickedWeek, setWeekStart] = useState<string | null>(null);
  const weekStart = pickedWeek ?? nextMonday(calendarDateInZone(Date.now(), zone));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [view, setView] = useState<View>(0);
  const [queue, setQueue] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<{ shift: GanttShift; agent: GanttRow } | null>(null);
  const [edited, setEdited] = useState<Record<string, GanttRow>>({});
  const [dragProblems, setDragProblems] = useState<string[]>([]);
  // Edits applied since the schedule was loaded: the simulation check is asked again after each.
  const [revision, setRevision] = useState(0);

  const list = useQuery(ScheduleListQuery, { variables: { weekStart } });
  const schedules = list.data?.schedules ?? [];
  const current = schedules.find((s) => s.id === chosenId) ?? schedules[0] ?? null;
  const generating = current?.status === 'GENERATING';
  const status = useQuery(ScheduleStatusQuery, {
    variables: { id: current?.id ?? '' },
    skip: !generating,
    pollInterval: 2000,
  });
  const polled = status.data?.schedule.status;
  const progress = status.data?.schedule;
  useEffect(() => {
    if (generating && polled && polled !== 'GENERATING') void list.refetch();
  }, [generating, polled, list]);
  const detail = useQuery(ScheduleQuery, {
    variables: { id: current?.id ?? '' },
    skip: !current || generating,
  });
  const schedule = detail.data?.schedule ?? null;

  const [generate, generation] = useMutation(GenerateScheduleMutation);
  const [editShift] = useMutation(EditShiftMutation);
  const [publish, publishing] = useMutation(PublishScheduleMutation);
  const [cancel, cancelling] = useMutation(CancelGenerationMutation);

  useEffect(() => {
    setEdited({});
    setSelected(null);
    setDragProblems([]);
    setRevision(0);
  }, [current?.id]);

  const rows: GanttRow[] = useMemo(
    () => (schedule?.agents ?? []).map((a) => edited[a.agentId] ?? a).filter((a) => a.shifts.length > 0),
    [schedule, edited],
  );
  const found = rows.filter((r) => !search || r.name.toLowerCase().includes(search.toLowerCase()));
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const shown = found.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const { from, to } = rangeOf(view);
  const figures = schedule?.figures;

  const onGenerate = async () => {
    const res = await generate({ variables: { input: { weekStart } } });
    if (res.data) setChosenId(res.data.generateSchedule.id);
    await list.refetch();
  };

  /** Sends one edit; the answer brings the changed agents' weeks and the recomputed coverage. */
  const applyEdit = async (shiftId: string, agentId: string, edit: ShiftEdit) => {
    if (!schedule) return;
    const owners = new Set([agentId]);
    if (edit.otherShiftId)
      for (const r of rows) if (r.shifts.some((s) => s.id === edit.otherShiftId)) owners.add(r.agentId);
    const res = await editShift({
      variables: { input: { scheduleId: schedule.id, shiftId, ...edit }, agentIds: [...owners] },
    });
    const changed = res.data?.editShift.agents ?? [];
    setEdited((before) => ({ ...before, ...Object.fromEntries(changed.map((a) => [a.agentId, a])) }));
    setRevision((r) => r + 1);
    return changed;
  };

  const onEdit = async (edit: ShiftEdit) => {
    if (!selected) return;
    const changed = (await applyEdit(selected.shift.id, selected.agent.agentId, edit)) ?? [];
    const mine = changed.find((a) => a.agentId === selected.agent.agentId);
    const shift = mine?.shifts.find((s) => s.id === selected.shift.id);
    setSelected(mine && shift ? { agent: mine, shift } : null);
  };

  /** A drag or an Alt+arrow on a bar: refused edits are listed above the Gantt with field and rule. */
  const onGanttEdit = async (shift: GanttShift, agent: GanttRow, edit: GanttEdit) => {
    setDragProblems([]);
    try {
      const changed = (await applyEdit(shift.id, agent.agentId, edit)) ?? [];
      if (selected?.shift.id === shift.id) {
        const mine = changed.find((a) => a.agentId === agent.agentId);
        const next = mine?.shifts.find((s) => s.id === shift.id);
        setSelected(mine && next ? { agent: mine, shift: next } : null);
      }
    } catch (error) {
      const what = t('schedule.drag.refused', {
        name: agent.name,
        start: clock(shift.startMinute),
        end: clock(shift.endMinute),
      });
      const lines = problemLines(error, t('schedule.edit.network'));
      setDragProblems(inputProblems(error).network ? lines : [what, ...lines]);
    }
  };

  const hours = (v: number) => intl.formatNumber(v, { maximumFractionDigits: 1 });
  return (
    <>
      <PageHeader titleId="schedule.title" descriptionId="schedule.description" />
      <div className="card schedule-toolbar">
        <div className="field">
          <label htmlFor={ids.week}>{t('schedule.week')}</label>
          <input
            id={ids.week}
            type="date"
            value={weekStart}
            onChange={(e) => {
              if (!e.target.value) return;
              setWeekStart(mondayOf(e.target.value));
              setChosenId(null);
            }}
          />
        </div>
        {schedules.length > 0 && (
          <div className="field">
            <label htmlFor={ids.schedule}>{t('schedule.version')}</label>
            <select id={ids.schedule} value={current?.id ?? ''} onChange={(e) => setChosenId(e.target.value)}>
              {schedules.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('schedule.versionLabel', {
                    id: s.id,
                    status: t(`schedule.status.${s.status}` as MessageId),
                    created: intl.formatDate(s.createdAt, {
                      dateStyle: 'short',
                      timeStyle: 'short',
                      timeZone: zone,
                    }),
                  })}
                </option>
              ))}
            </select>
          </div>
        )}
        {canEdit && (
          <button
            type="button"
            className="button"
            onClick={() => void onGenerate()}
            disabled={generation.loading || generating}
          >
            {t('schedule.generate')}
          </button>
        )}
        {canEdit && schedule && schedule.status !== 'FAILED' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={publishing.loading || schedule.status === 'PUBLISHED'}
            onClick={() => void publish({ variables: { id: schedule.id } }).then(() => list.refetch())}
          >
            {schedule.status === 'PUBLISHED' ? t('schedule.published') : t('schedule.publish')}
          </button>
        )}
      </div>
      {generation.error && <ErrorMessage message={generation.error.message} />}
      {list.error && <ErrorMessage message={list.error.message} onRetry={() => void list.refetch()} />}
      {(list.loading && !list.data) || (detail.loading && !detail.data) ? <Loading /> : null}
      {list.data && schedules.length === 0 && (
        <p className="card">{t('schedule.none', { week: weekStart })}</p>
      )}
      {generating && current && (
        <div className="card generation-progress">
          <p role="status">
            <span className="loading__spinner" aria-hidden="true" /> {t('schedule.generating')}
          </p>
          {progress?.timeLimitSeconds != null && progress.elapsedSeconds != null && (
            <>
              <progress
                max={progress.timeLimitSeconds}
                value={Math.min(progress.elapsedSeconds, progress.timeLimitSeconds)}
                aria-label={t('schedule.progress.label')}
              />
              <span>
                {t('schedule.progress.value', {
                  elapsed: Math.round(progress.elapsedSeconds),
                  limit: Math.round(progress.timeLimitSeconds),
                })}
              </span>
            </>
          )}
          {canEdit && (
            <button
              type="button"
              className="button button--secondary"
              disabled={cancelling.loading}
              onClick={() => void cancel({ variables: { id: current.id } }).then(() => list.refetch())}
            >
              {t('schedule.cancelGeneration')}
            </button>
          )}
        </div>
      )}
      {cancelling.error && <ErrorMessage message={cancelling.error.message} />}
      {current?.status === 'FAILED' && <ErrorMessage message={current.error ?? ''} />}
      {current?.status === 'CANCELLED' && (
        <p className="card" role="status">
          {t('schedule.cancelled')}
        </p>
      )}
      {detail.error && <ErrorMessage message={detail.error.message} onRetry={() => void detail.refetch()} />}
      {schedule && figures && (
        <>
          <dl className="card schedule-figures" aria-label={t('schedule.figures')}>
            <div>
              <dt>{t('schedule.figure.shifts')}</dt>
              <dd>{t('schedule.figure.shiftsValue', { shifts: figures.shifts, agents: figures.agents })}</dd>
            </div>
            <div>
              <dt>{t('schedule.figure.paid')}</dt>
              <dd>{t('schedule.hours', { hours: hours(figures.paidHours) })}</dd>
            </div>
            <div>
              <dt>{t('schedule.figure.under')}</dt>
              <dd>{t('schedule.hours', { hours: hours(schedule.coverage?.totals.underStaffHours ?? 0) })}</dd>
            </div>
            <div>
              <dt>{t('schedule.figure.over')}</dt>
              <dd>{t('schedule.hours', { hours: hours(schedule.coverage?.totals.overStaffHours ?? 0) })}</dd>
            </div>
            {(figures.unreachableStaffHours ?? 0) > 0 && (
              <div>
                <dt>{t('schedule.figure.unreachable')}</dt>
                <dd>{t('schedule.hours', { hours: hours(figures.unreachableStaffHours ?? 0) })}</dd>
              </div>
            )}
            <div>
              <dt>{t('schedule.figure.gap')}</dt>
              <dd>
                {figures.gapRatio === null
                  ? t('schedule.hours', { hours: hours(figures.gapStaffHours) })
                  : intl.formatNumber(figures.gapRatio, { style: 'percent', maximumFractionDigits: 2 })}
              </dd>
            </div>
            <div>
              <dt>{t('schedule.figure.violations')}</dt>
              <dd>{schedule.violations.length}</dd>
            </div>
          </dl>
          {figures.warnings.length > 0 && (
            <ul className="card schedule-warnings">
              {figures.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <div className="card schedule-controls">
            <ViewPicker view={view} onChange={setView} weekStart={schedule.weekStart} />
            <div className="field">
              <label htmlFor={ids.queue}>{t('schedule.coverageQueue')}</label>
              <select id={ids.queue} value={queue ?? ''} onChange={(e) => setQueue(e.target.value || null)}>
                <option value="">{t('schedule.allQueues')}</option>
                {schedule.queues.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.search}>{t('schedule.search')}</label>
              <input
                id={ids.search}
                type="search"
                value={search}
                onChange={(e) => {
                  setSearch(e.target.value);
                  setPage(0);
                }}
              />
            </div>
            <div className="schedule-pager">
              <button
                type="button"
                className="button button--secondary"
                disabled={page === 0}
                onClick={() => setPage(page - 1)}
              >
                {t('schedule.previous')}
              </button>
              <span>{t('schedule.pageOf', { page: page + 1, pages, agents: found.length })}</span>
              <button
                type="button"
                className="button button--secondary"
                disabled={page + 1 >= pages}
                onClick={() => setPage(page + 1)}
              >
                {t('schedule.next')}
              </button>
            </div>
          </div>
          <section className="card">
            <GanttLegend />
            {canEdit && <p className="gantt-hint">{t('schedule.dragHint')}</p>}
            <ProblemList problems={dragProblems} testId="drag-problems" />
            <ScheduleGantt
              rows={shown}
              from={from}
              to={to}
              selectedId={selected?.shift.id ?? null}
              onSelect={canEdit ? (shift, agent) => setSelected({ shift, agent }) : undefined}
              onEdit={canEdit ? (shift, agent, edit) => void onGanttEdit(shift, agent, edit) : undefined}
            />
          </section>
          {selected && canEdit && (
            <ShiftEditor
              key={selected.shift.id}
              shift={selected.shift}
              agent={selected.agent}
              rows={rows}
              onSubmit={onEdit}
              onClose={() => setSelected(null)}
            />
          )}
          {schedule.coverage && (
            <CoverageChart queues={schedule.coverage.queues} queue={queue} from={from} to={to} />
          )}
          {schedule.coverage && schedule.queues.length > 0 && (
            <ServiceLevelChart
              scheduleId={schedule.id}
              revision={revision}
              queues={schedule.coverage.queues}
              queue={queue ?? schedule.queues[0]}
              from={from}
              to={to}
            />
          )}
        </>
      )}
      <WeekTimeOffPanel weekStart={weekStart} canEdit={canEdit} />
      {canEdit && <AvailabilityPanel />}
    </>
  );
}

/** An agent's own published week, read-only. */
function MyScheduleView() {
  const t = useT();
  const zone = useSiteZone();
  const id = useId();
  const [pickedWeek, setWeekStart] = useState<string | null>(null);
  const weekStart = pickedWeek ?? mondayOf(calendarDateInZone(Date.now(), zone));
  const [view, setView] = useState<View>('week');
  const mine = useQuery(MyScheduleQuery, { variables: { weekStart } });
  const week = mine.data?.mySchedule ?? null;
  const { from, to } = rangeOf(view);
  return (
    <>
      <PageHeader titleId="schedule.my.title" descriptionId="schedule.my.description" />
      <div className="card schedule-toolbar">
        <div className="field">
          <label htmlFor={id}>{t('schedule.week')}</label>
          <input
            id={id}
            type="date"
            value={weekStart}
            onChange={(e) => e.target.value && setWeekStart(mondayOf(e.target.value))}
          />
        </div>
        <ViewPicker view={view} onChange={setView} weekStart={weekStart} />
      </div>
      {mine.error && <ErrorMessage message={mine.error.message} onRetry={() => void mine.refetch()} />}
      {mine.loading && !mine.data && <Loading />}
      {mine.data && !week && (
        <div className="card">
          <p>{t('schedule.my.none', { week: weekStart })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setWeekStart(dateOfDay(weekStart, 7))}
          >
            {t('schedule.my.nextWeek')}
          </button>
        </div>
      )}
      {week && (
        <section className="card">
          <GanttLegend />
          <ScheduleGantt rows={[week.agent]} from={from} to={to} />
          <ul className="my-shifts">
            {week.agent.shifts.map((s) => (
              <li key={s.id}>
                {t('schedule.my.shift', {
                  day: t(`schedule.weekday.${Math.floor(s.startMinute / DAY_MINUTES) % 7}` as MessageId),
                  date: dateOfDay(week.weekStart, Math.floor(s.startMinute / DAY_MINUTES)),
                  start: clock(s.startMinute),
                  end: clock(s.endMinute),
                  queue: s.queue,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MyTimeOffPanel defaultDate={dateOfDay(weekStart, 7)} />
    </>
  );
}
