import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { DATE_TIME, formatInSiteZone } from '../format/formatInSiteZone.js';
import { useSite } from './SiteProvider.js';

/** The browser's own zone, used only until the site (and its zone) has loaded. */
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Formats instants in the current site's time zone and the reader's locale:
 * `const formatTime = useSiteTime(); formatTime(date, { timeStyle: 'short' })`.
 */
export function useSiteTime(): (
  instant: Date | number | string,
  options?: Intl.DateTimeFormatOptions,
) => string {
  const { locale } = useIntl();
  const { site } = useSite();
  const timeZone = site?.timeZone ?? BROWSER_ZONE;
  return useCallback(
    (instant, options = DATE_TIME) => formatInSiteZone(instant, timeZone, locale, options),
    [timeZone, locale],
  );
}

/** The time zone pages should cut days in: the site's, or the browser's while sites load. */
export function useSiteZone(): string {
  return useSite().site?.timeZone ?? BROWSER_ZONE;
}
