import { tzOffset } from '@date-fns/tz';

/**
 * Converts Unix epoch seconds to ISO 8601 local time with the offset of an IANA time zone,
 * e.g. `1772413200` in `Asia/Shanghai` → `2026-03-02T09:00:00+08:00` — the `occurredAt` form
 * of the ingestion contract (metrics.md, "Events": times are ISO 8601 with an offset).
 *
 * The offset comes from the IANA database through `tzOffset` of @date-fns/tz, so DST is
 * honoured. Offsets are cached per 15-minute UTC slot: every zone change of the modern
 * database happens on a quarter-hour (metrics.md, "Time"), and log files are read in time
 * order, so one cached slot serves a whole run of lines.
 *
 * @throws Error `timeZone: unknown IANA time zone "X"` when the zone does not exist.
 */
export function createEpochFormatter(timeZone: string): (epochSeconds: number) => string {
  if (Number.isNaN(tzOffset(timeZone, new Date(0)))) {
    throw new Error(`timeZone: unknown IANA time zone ${JSON.stringify(timeZone)}`);
  }
  let cachedSlot = Number.NaN;
  let cachedOffsetMinutes = 0;
  return (epochSeconds: number): string => {
    const slot = Math.floor(epochSeconds / 900);
    if (slot !== cachedSlot) {
      cachedOffsetMinutes = tzOffset(timeZone, new Date(epochSeconds * 1000));
      cachedSlot = slot;
    }
    const local = new Date((epochSeconds + cachedOffsetMinutes * 60) * 1000);
    const sign = cachedOffsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(cachedOffsetMinutes);
    return (
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
      `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
      `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
    );
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
