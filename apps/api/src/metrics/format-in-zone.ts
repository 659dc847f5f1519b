/**
 * An instant as the site reads it: ISO 8601 with the zone's offset, a local date, or date and
 * minute. Trend responses format the same period starts over and over, so results are cached
 * (bounded), and one Intl formatter per zone does the zone arithmetic.
 */
export function formatInZone(ms: number, timeZone: string, style: 'iso' | 'date' | 'minute'): string {
  const key = `${timeZone}|${ms}`;
  let parts = cache.get(key);
  if (!parts) {
    parts = localParts(ms, timeZone);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, parts);
  }
  if (style === 'date') return parts.date;
  if (style === 'minute') return `${parts.date}T${parts.time.slice(0, 5)}`;
  return `${parts.date}T${parts.time}${parts.offset}`;
}

const MAX_CACHED = 200_000;
const cache = new Map<string, { date: string; time: string; offset: string }>();
const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(ms: number, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const p = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  const time = `${p.hour}:${p.minute}:${p.second}`;
  const localAsUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const offsetMinutes = Math.round((localAsUtc - Math.floor(ms / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return {
    date,
    time,
    offset: `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`,
  };
}
