import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import {
  clock,
  DAY_MINUTES,
  draggedBounds,
  placement,
  SEGMENT_KINDS,
  shiftSegments,
  snappedMinutes,
  type DragMode,
  type ShiftLike,
} from './scheduleModel.js';

export interface GanttShift extends ShiftLike {
  id: string;
  queue: string;
  templateId: string;
}

/** A drag's (or a key's) edit of a shift: MOVE to a new start, or RESIZE one end. */
export type GanttEdit =
  { kind: 'MOVE'; startMinute: number } | { kind: 'RESIZE'; startMinute?: number; endMinute?: number };

interface Drag {
  shiftId: string;
  mode: DragMode;
  originX: number;
  trackWidth: number;
  delta: number;
}

function editOf(mode: DragMode, bounds: { startMinute: number; endMinute: number }): GanttEdit {
  if (mode === 'move') return { kind: 'MOVE', startMinute: bounds.startMinute };
  return mode === 'start'
    ? { kind: 'RESIZE', startMinute: bounds.startMinute }
    : { kind: 'RESIZE', endMinute: bounds.endMinute };
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
 * A shift is a button: choosing it opens the editor (when `onSelect` is given). With `onEdit`, a
 * bar can be dragged to move the shift and its edges dragged to move its start or end, snapping to
 * 15 minutes; from the keyboard, Alt+←/→ moves the focused shift by 15 minutes and Alt+Shift+←/→
 * moves its end (the editor's form does the rest).
 */
export function ScheduleGantt({
  rows,
  from,
  to,
  selectedId,
  onSelect,
  onEdit,
}: {
  rows: readonly GanttRow[];
  from: number;
  to: number;
  selectedId?: string | null;
  onSelect?: (shift: GanttShift, agent: GanttRow) => void;
  onEdit?: (shift: GanttShift, agent: GanttRow, edit: GanttEdit) => void;
}) {
  const t = useT();
  const [drag, setDrag] = useState<Drag | null>(null);
  // A drag ends with a click on the bar: that click must not open the editor.
  const dragged = useRef(false);

  const startDrag = (event: PointerEvent<HTMLButtonElement>, shift: GanttShift) => {
    if (!onEdit || event.button !== 0) return;
    const track = event.currentTarget.parentElement;
    if (!track) return;
    const handle = (event.target as HTMLElement).dataset.handle as DragMode | undefined;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragged.current = false;
    setDrag({
      shiftId: shift.id,
      mode: handle ?? 'move',
      originX: event.clientX,
      trackWidth: track.getBoundingClientRect().width,
      delta: 0,
    });
  };
  const moveDrag = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag) return;
    const delta = snappedMinutes(event.clientX - drag.originX, drag.trackWidth, to - from);
    if (delta !== 0) dragged.current = true;
    if (delta !== drag.delta) setDrag({ ...drag, delta });
  };
  const endDrag = (shift: GanttShift, agent: GanttRow) => {
    if (!drag) return;
    setDrag(null);
    if (drag.delta !== 0 && onEdit)
      onEdit(shift, agent, editOf(drag.mode, draggedBounds(shift, drag.mode, drag.delta)));
  };
  const keyEdit = (event: KeyboardEvent<HTMLButtonElement>, shift: GanttShift, agent: GanttRow) => {
    if (!onEdit || !event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const delta = event.key === 'ArrowLeft' ? -15 : 15;
    const mode: DragMode = event.shiftKey ? 'end' : 'move';
    onEdit(shift, agent, editOf(mode, draggedBounds(shift, mode, delta)));
  };
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
              const moving = drag?.shiftId === shift.id ? drag : null;
              const shown = moving ? draggedBounds(shift, moving.mode, moving.delta) : shift;
              const bar = placement(shown.startMinute, shown.endMinute, from, to);
              if (!bar) return null;
              const title = t('schedule.shiftTitle', {
                queue: shift.queue,
                template: shift.templateId,
                start: clock(shift.startMinute),
                end: clock(shift.endMinute),
              });
              const classes = [
                'gantt-shift',
                selectedId === shift.id ? 'gantt-shift--selected' : '',
                moving ? 'gantt-shift--dragging' : '',
                onEdit ? 'gantt-shift--draggable' : '',
              ].filter(Boolean);
              return (
                <button
                  type="button"
                  key={shift.id}
                  className={classes.join(' ')}
                  style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                  title={title}
                  aria-label={onEdit ? `${title}. ${t('schedule.dragHint')}` : title}
                  data-shift={shift.id}
                  disabled={!onSelect}
                  onClick={() => {
                    if (dragged.current) dragged.current = false;
                    else onSelect?.(shift, agent);
                  }}
                  onPointerDown={(e) => startDrag(e, shift)}
                  onPointerMove={moveDrag}
                  onPointerUp={() => endDrag(shift, agent)}
                  onPointerCancel={() => setDrag(null)}
                  onKeyDown={(e) => keyEdit(e, shift, agent)}
                >
                  {moving && moving.delta !== 0 && (
                    <span className="gantt-drag-label" aria-hidden="true">
                      {clock(shown.startMinute)}–{clock(shown.endMinute)}
                    </span>
                  )}
                  {onEdit && (
                    <>
                      <span
                        className="gantt-handle gantt-handle--start"
                        data-handle="start"
                        aria-hidden="true"
                      />
                      <span className="gantt-handle gantt-handle--end" data-handle="end" aria-hidden="true" />
                    </>
                  )}
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
