/*
 * Local calendar helpers on the runtime's Intl time-zone data: the local date of an instant, and the
 * instant of a local wall-clock time. Internal: not exported from index.ts.
 */

/** An instant: epoch milliseconds, or an ISO 8601 string with an offset. */
export type Instant = number | string;

/** Epoch milliseconds of an Instant; throws a RangeError naming `field` when it is not a valid time. */
export function toMs(field: string, value: Instant): number {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new RangeError(
      `${field} must be epoch milliseconds or an ISO 8601 time, got ${JSON.stringify(value)}`,
    );
  }
  return ms;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new RangeError(
        `timeZone must be an IANA time zone name such as "Asia/Shanghai", got ${JSON.stringify(timeZone)}`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(ms: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms))
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The local calendar date (YYYY-MM-DD) of an instant in the time zone. */
export function localDateKey(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Offset of the zone from UTC at an instant, in milliseconds (e.g. +8 h for Asia/Shanghai). */
function offsetMs(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the zone's wall clock reads `wall` (milliseconds of a UTC date-time read as
 * local). In a DST gap the wall time does not exist and the result is the instant the clock jumps
 * past it; in an overlap, the earlier instant.
 */
export function localToInstant(wall: number, timeZone: string): number {
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  if (second === first) return first;
  const earlier = Math.min(first, second);
  return earlier + offsetMs(earlier, timeZone) === wall ? earlier : Math.max(first, second);
}
