/*
 * Local time in a site's IANA time zone, DST-safe, from the platform's Intl time-zone data: UTC
 * offsets, local day boundaries, and fast ISO 8601 formatting with the offset (metrics.md, "Time"
 * and "Events").
 */

const DAY_MS = 86_400_000;
const OFFSET_BUCKET_MS = 900_000;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      throw new RangeError(
        `timeZone must be an IANA time zone name such as Asia/Shanghai, got ${JSON.stringify(timeZone)}`,
      );
    }
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The UTC offset of `timeZone` at the instant `epochMs`, in minutes east of UTC (Asia/Shanghai:
 * 480). Reads Intl's "longOffset" zone name (GMT+08:00).
 *
 * @throws RangeError naming timeZone when it is not a known IANA zone.
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const part = offsetFormat(timeZone)
    .formatToParts(epochMs)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = part === undefined ? null : /^GMT([+-])(\d{2}):(\d{2})$/.exec(part);
  if (match === null) return 0; // "GMT": UTC itself
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Offsets already read, per zone and 15-minute bucket (bounded). */
const offsetCache = new Map<string, Map<number, number>>();

/**
 * zoneOffsetMinutes at the start of the 15-minute bucket containing epochMs, cached per zone
 * (every real offset change happens on a 15-minute boundary, so one offset holds per bucket).
 */
export function cachedOffsetMinutes(timeZone: string, epochMs: number): number {
  const bucket = Math.floor(epochMs / OFFSET_BUCKET_MS);
  let zone = offsetCache.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  let minutes = zone.get(bucket);
  if (minutes === undefined) {
    minutes = zoneOffsetMinutes(timeZone, bucket * OFFSET_BUCKET_MS);
    if (zone.size >= 200_000) zone.clear();
    zone.set(bucket, minutes);
  }
  return minutes;
}

/**
 * The instant (epoch ms) of local midnight starting `date` ('YYYY-MM-DD') in `timeZone`, and of the
 * next local midnight. A day is 23 or 25 hours long across a DST change.
 *
 * @throws RangeError naming date when it is not a valid YYYY-MM-DD date, or timeZone when unknown.
 */
export function dayBounds(timeZone: string, date: string): { fromMs: number; toMs: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const utcMidnight =
    match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(utcMidnight) || new Date(utcMidnight).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  const dayNumber = utcMidnight / DAY_MS;
  return { fromMs: localMidnight(timeZone, dayNumber), toMs: localMidnight(timeZone, dayNumber + 1) };
}

/**
 * The instant of local midnight of the local calendar day `dayNumber` (days since 1970-01-01).
 * Two passes: the offset is read at the first guess and again at the corrected instant.
 */
export function localMidnight(timeZone: string, dayNumber: number): number {
  const wall = dayNumber * DAY_MS;
  const guess = wall - cachedOffsetMinutes(timeZone, wall) * 60_000;
  return wall - cachedOffsetMinutes(timeZone, guess) * 60_000;
}

/** The local calendar day (days since 1970-01-01) that contains the instant epochMs in timeZone. */
export function localDayNumber(timeZone: string, epochMs: number): number {
  return Math.floor((epochMs + cachedOffsetMinutes(timeZone, epochMs) * 60_000) / DAY_MS);
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01). */
export function dayNumberToDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a day number, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

const TWO_DIGITS: string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/**
 * The clock of one time zone, with caches for the simulator's hot path: events come in time order,
 * so the offset (cached per 15-minute bucket) and the date prefix (per local day) rarely change.
 */
export class ZoneClock {
  private bucket = NaN;
  private offset = 0;
  private suffix = '';
  private dayStartLocal = NaN;
  private datePrefix = '';
  private lastMs = NaN;
  private lastIso = '';

  constructor(readonly timeZone: string) {
    offsetFormat(timeZone);
  }

  /** The offset at epochMs, ms east of UTC. */
  offsetMs(epochMs: number): number {
    const bucket = Math.floor(epochMs / OFFSET_BUCKET_MS);
    if (bucket !== this.bucket) {
      const minutes = cachedOffsetMinutes(this.timeZone, epochMs);
      this.bucket = bucket;
      this.offset = minutes * 60_000;
      const abs = Math.abs(minutes);
      this.suffix = `${minutes < 0 ? '-' : '+'}${TWO_DIGITS[Math.floor(abs / 60)]}:${TWO_DIGITS[abs % 60]}`;
    }
    return this.offset;
  }

  /** ISO 8601 local time with offset, whole seconds: 2026-03-02T09:00:12+08:00. */
  iso(epochMs: number): string {
    if (epochMs === this.lastMs) return this.lastIso;
    const local = epochMs + this.offsetMs(epochMs);
    let sinceMidnight = local - this.dayStartLocal;
    if (!(sinceMidnight >= 0 && sinceMidnight < DAY_MS)) {
      this.dayStartLocal = Math.floor(local / DAY_MS) * DAY_MS;
      this.datePrefix = new Date(this.dayStartLocal).toISOString().slice(0, 11);
      sinceMidnight = local - this.dayStartLocal;
    }
    const seconds = Math.floor(sinceMidnight / 1000);
    const minutes = Math.floor(seconds / 60);
    this.lastMs = epochMs;
    this.lastIso =
      this.datePrefix +
      TWO_DIGITS[Math.floor(minutes / 60)] +
      ':' +
      TWO_DIGITS[minutes % 60] +
      ':' +
      TWO_DIGITS[seconds % 60] +
      this.suffix;
    return this.lastIso;
  }

  /** The local calendar day (days since 1970-01-01) containing epochMs. */
  dayNumber(epochMs: number): number {
    return Math.floor((epochMs + this.offsetMs(epochMs)) / DAY_MS);
  }

  /** The instant of local midnight of a local day (the offset read near that midnight). */
  midnight(dayNumber: number): number {
    const wall = dayNumber * DAY_MS;
    const guess = wall - this.offsetMs(wall);
    return wall - this.offsetMs(guess);
  }

  /** Minutes since local midnight at epochMs (wall clock; the DST hour repeats or is skipped). */
  minuteOfDay(epochMs: number): number {
    const local = epochMs + this.offsetMs(epochMs);
    return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 60_000);
  }
}
