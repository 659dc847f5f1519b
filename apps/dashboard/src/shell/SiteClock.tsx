import { useId } from 'react';
import { useT } from '../i18n/useT.js';
import { useSite } from '../site/SiteProvider.js';
import { useNow } from '../site/useNow.js';
import { useSiteTime } from '../site/useSiteTime.js';

/** The current site (a picker when there are several) and its local time and zone. */
export function SiteClock() {
  const t = useT();
  const id = useId();
  const { site, sites, setSiteId } = useSite();
  const now = useNow(15_000);
  const formatTime = useSiteTime();
  if (!site) return null;
  return (
    <div className="header-control site-clock">
      {sites.length > 1 ? (
        <>
          <label htmlFor={id}>{t('shell.site')}</label>
          <select id={id} value={site.id} onChange={(event) => setSiteId(event.target.value)}>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </>
      ) : (
        <span className="site-clock__name">{site.name}</span>
      )}
      <time className="site-clock__time" dateTime={new Date(now).toISOString()}>
        {t('shell.siteTime', {
          time: formatTime(now, { hour: '2-digit', minute: '2-digit' }),
          zone: site.timeZone,
        })}
      </time>
    </div>
  );
}
