import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** An instant as the site reads it: ISO 8601 with the zone's offset, a local date, or date and minute. */
export function formatInZone(ms: number, timeZone: string, style: 'iso' | 'date' | 'minute'): string {
  const local = new TZDate(ms, timeZone);
  if (style === 'date') return format(local, 'yyyy-MM-dd');
  if (style === 'minute') return format(local, "yyyy-MM-dd'T'HH:mm");
  return format(local, "yyyy-MM-dd'T'HH:mm:ssxxx");
}
