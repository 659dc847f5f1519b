import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import {
  clock,
  DAY_MINUTES,
  placement,
  SEGMENT_KINDS,
  shiftSegments,
  type ShiftLike,
} from './scheduleModel.js';

export interface GanttShift extends ShiftLike {
  id: string;
  queue: string;
  templateId: string;
}

export interface GanttRow {
  agentId: string;
  name: string;
  paidHours: number;
  shifts: readonly GanttShift[];
}

const WEEKDAYS: MessageId[] = [
  'schedule.weekday.0',
  'schedule.weekday.1',
  'schedule.weekday.2',
  'schedule.weekday.3',
  'schedule.weekday.4',
  'schedule.weekday.5',
  'schedule.weekday.6',
];

/** Ticks of the time axis: days for a week, every two hours for a day. */
function ticks(from: number, to: number): { minute: number; major: boolean }[] {
  const step = to - from > DAY_MINUTES ? 360 : 120;
  const out: { minute: number; major: boolean }[] = [];
  for (let m = Math.ceil(from / step) * step; m <= to; m += step)
    out.push({ minute: m, major: m % DAY_MINUTES === 0 });
  return out;
}

/** Colour legend of the Gantt's segment kinds. */
export function GanttLegend() {
  const t = useT();
  return (
    <ul className="gantt-legend" aria-label={t('schedule.legend')}>
      {SEGMENT_KINDS.map((kind) => (
        <li key={kind}>
          <span className={`gantt-swatch gantt-seg--${kind}`} aria-hidden="true" />
          {t(`schedule.kind.${kind}` as MessageId)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Per-agent Gantt over [from, to) minutes of the week: one row per agent, each shift a bar of
 * coloured segments (work, breaks, meals, activities), a time axis of days (week) or hours (day).
 * A shift is a button: choosing it opens the editor (when `onSelect` is given).
 */
export function ScheduleGantt({
  rows,
  from,
  to,
  selectedId,
  onSelect,
}: {
  rows: readonly GanttRow[];
  from: number;
  to: number;
  selectedId?: string | null;
  onSelect?: (shift: GanttShift, agent: GanttRow) => void;
}) {
  const t = useT();
  const axis = ticks(from, to);
  const label = (minute: number) =>
    to - from > DAY_MINUTES
      ? minute % DAY_MINUTES === 0
        ? t(WEEKDAYS[Math.floor(minute / DAY_MINUTES) % 7])
        : clock(minute)
      : clock(minute);
  return (
    <div className="gantt" role="table" aria-label={t('schedule.ganttLabel')}>
      <div className="gantt-row gantt-row--axis" role="row">
        <div className="gantt-name" role="columnheader">
          {t('schedule.agent')}
        </div>
        <div className="gantt-track gantt-axis" role="columnheader" aria-label={t('schedule.timeAxis')}>
          {axis.map((tick) => {
            const p = placement(tick.minute, tick.minute + 1, from, to + 1);
            return (
              p && (
                <span
                  key={tick.minute}
                  className={`gantt-tick${tick.major ? ' gantt-tick--major' : ''}`}
                  style={{ left: `${p.left}%` }}
                >
                  {label(tick.minute)}
                </span>
              )
            );
          })}
        </div>
      </div>
      {rows.map((agent) => (
        <div className="gantt-row" role="row" key={agent.agentId} data-agent={agent.agentId}>
          <div className="gantt-name" role="rowheader" title={agent.agentId}>
            <span>{agent.name}</span>
            <small>{t('schedule.paidHours', { hours: agent.paidHours })}</small>
          </div>
          <div className="gantt-track" role="cell">
            {axis
              .filter((tick) => tick.major)
              .map((tick) => {
                const p = placement(tick.minute, tick.minute + 1, from, to + 1);
                return p && <span key={tick.minute} className="gantt-grid" style={{ left: `${p.left}%` }} />;
              })}
            {agent.shifts.map((shift) => {
              const bar = placement(shift.startMinute, shift.endMinute, from, to);
              if (!bar) return null;
              const title = t('schedule.shiftTitle', {
                queue: shift.queue,
                template: shift.templateId,
                start: clock(shift.startMinute),
                end: clock(shift.endMinute),
              });
              return (
                <button
                  type="button"
                  key={shift.id}
                  className={`gantt-shift${selectedId === shift.id ? ' gantt-shift--selected' : ''}`}
                  style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                  title={title}
                  aria-label={title}
                  data-shift={shift.id}
                  disabled={!onSelect}
                  onClick={() => onSelect?.(shift, agent)}
                >
                  {shiftSegments(shift).map((seg) => {
                    const s = placement(seg.start, seg.end, shift.startMinute, shift.endMinute);
                    return (
                      s && (
                        <span
                          key={`${seg.kind}-${seg.start}`}
                          className={`gantt-seg gantt-seg--${seg.kind}`}
                          style={{ left: `${s.left}%`, width: `${s.width}%` }}
                        />
                      )
                    );
                  })}
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
