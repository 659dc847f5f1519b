import { useId, useState, type FormEvent } from 'react';
import { ProblemList, problemLines } from './ProblemList.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import type { GanttRow, GanttShift } from './ScheduleGantt.js';
import { clock, DAY_MINUTES, parseClock } from './scheduleModel.js';

export type EditKind = 'MOVE' | 'RESIZE' | 'SWAP' | 'ADD_ACTIVITY';

/** The editShift input the form sends (scheduleId and shiftId are added by the page). */
export interface ShiftEdit {
  kind: EditKind;
  startMinute?: number;
  endMinute?: number;
  otherShiftId?: string;
  activity?: { kind: string; startMinute: number; endMinute: number };
}

const KINDS: EditKind[] = ['MOVE', 'RESIZE', 'SWAP', 'ADD_ACTIVITY'];
const ACTIVITIES = ['training', 'meeting', 'coaching'] as const;

/**
 * Edits one shift: move it (new start), lengthen or shorten it (new end), swap it with another
 * agent's shift of the same day, or add an activity. The API checks every rule and answers a
 * broken one on its field; the reason is shown under the form.
 */
export function ShiftEditor({
  shift,
  agent,
  rows,
  onSubmit,
  onClose,
}: {
  shift: GanttShift;
  agent: GanttRow;
  rows: readonly GanttRow[];
  onSubmit: (edit: ShiftEdit) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const day = Math.floor(shift.startMinute / DAY_MINUTES);
  const [kind, setKind] = useState<EditKind>('MOVE');
  const [start, setStart] = useState(clock(shift.startMinute));
  const [end, setEnd] = useState(clock(shift.endMinute));
  const [other, setOther] = useState('');
  const [activity, setActivity] = useState<(typeof ACTIVITIES)[number]>('coaching');
  const [activityStart, setActivityStart] = useState(clock(shift.startMinute + 120));
  const [activityLength, setActivityLength] = useState(30);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const candidates = rows.flatMap((row) =>
    row.agentId === agent.agentId
      ? []
      : row.shifts
          .filter((s) => Math.floor(s.startMinute / DAY_MINUTES) === day)
          .map((s) => ({ id: s.id, label: `${row.name} ${clock(s.startMinute)}–${clock(s.endMinute)}` })),
  );

  /** A clock time of the shift's day (an end at or before the start is the next day). */
  const minuteOf = (text: string, after?: number): number | null => {
    const m = parseClock(text);
    if (m === null) return null;
    const minute = day * DAY_MINUTES + m;
    return after !== undefined && minute <= after ? minute + DAY_MINUTES : minute;
  };

  const edit = (): ShiftEdit | string => {
    switch (kind) {
      case 'MOVE': {
        const m = minuteOf(start);
        return m === null ? t('schedule.edit.badTime') : { kind, startMinute: m };
      }
      case 'RESIZE': {
        const m = minuteOf(end, shift.startMinute);
        return m === null ? t('schedule.edit.badTime') : { kind, endMinute: m };
      }
      case 'SWAP':
        return other ? { kind, otherShiftId: other } : t('schedule.edit.pickShift');
      case 'ADD_ACTIVITY': {
        const m = minuteOf(activityStart);
        return m === null
          ? t('schedule.edit.badTime')
          : { kind, activity: { kind: activity, startMinute: m, endMinute: m + activityLength } };
      }
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = edit();
    if (typeof request === 'string') {
      setProblems([request]);
      return;
    }
    setSaving(true);
    setProblems([]);
    try {
      await onSubmit(request);
    } catch (error) {
      setProblems(problemLines(error, t('schedule.edit.network')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card shift-editor" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('schedule.edit.title', {
          name: agent.name,
          start: clock(shift.startMinute),
          end: clock(shift.endMinute),
          queue: shift.queue,
        })}
      </h3>
      <fieldset className="shift-editor__kinds">
        <legend>{t('schedule.edit.what')}</legend>
        {KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {t(`schedule.edit.kind.${k}` as MessageId)}
          </label>
        ))}
      </fieldset>
      {kind === 'MOVE' && (
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('schedule.edit.newStart')}</label>
          <input
            id={`${id}-start`}
            type="time"
            step={900}
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
      )}
      {kind === 'RESIZE' && (
        <div className="field">
          <label htmlFor={`${id}-end`}>{t('schedule.edit.newEnd')}</label>
          <input
            id={`${id}-end`}
            type="time"
            step={900}
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
      )}
      {kind === 'SWAP' && (
        <div className="field">
          <label htmlFor={`${id}-other`}>{t('schedule.edit.swapWith')}</label>
          <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">{t('schedule.edit.pickShift')}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'ADD_ACTIVITY' && (
        <div className="shift-editor__row">
          <div className="field">
            <label htmlFor={`${id}-activity`}>{t('schedule.edit.activity')}</label>
            <select
              id={`${id}-activity`}
              value={activity}
              onChange={(e) => setActivity(e.target.value as (typeof ACTIVITIES)[number])}
            >
              {ACTIVITIES.map((a) => (
                <option key={a} value={a}>
                  {t(`schedule.kind.${a}` as MessageId)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-astart`}>{t('schedule.edit.activityStart')}</label>
            <input
              id={`${id}-astart`}
              type="time"
              step={900}
              value={activityStart}
              onChange={(e) => setActivityStart(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-alength`}>{t('schedule.edit.activityLength')}</label>
            <select
              id={`${id}-alength`}
              value={activityLength}
              onChange={(e) => setActivityLength(Number(e.target.value))}
            >
              {[15, 30, 45, 60, 90, 120].map((m) => (
                <option key={m} value={m}>
                  {t('schedule.minutes', { minutes: m })}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <ProblemList problems={problems} testId="edit-problems" />
      <div className="shift-editor__actions">
        <button type="submit" className="button" disabled={saving}>
          {t('schedule.edit.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('schedule.edit.close')}
        </button>
      </div>
    </form>
  );
}
