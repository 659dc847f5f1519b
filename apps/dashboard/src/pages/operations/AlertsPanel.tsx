import { useQuery } from '@apollo/client/react';
import { memo, useEffect, useMemo } from 'react';
import { ErrorMessage } from '../../components/StatusMessage.js';
import { useT } from '../../i18n/useT.js';
import { AlertLine } from '../../live/AlertLine.js';
import { useLiveFeed } from '../../live/useLiveFeed.js';
import { useNow } from '../../site/useNow.js';
import { useSiteTime } from '../../site/useSiteTime.js';
import { OperationsAlertHistory, OperationsAlertsFeed } from './operationsQueries.js';

/** The history reaches back this far. */
const HISTORY_HOURS = 24;
/** The most recent cleared alerts listed (the Trends page and the API have the rest). */
const HISTORY_SHOWN = 12;

/**
 * Alerts of the chosen queues (and agents' alerts): the active ones live, raised and cleared as
 * they happen; below them the last 24 hours' cleared ones, re-read whenever the live set changes.
 */
export const AlertsPanel = memo(function AlertsPanel({
  queueIds,
  all,
}: {
  queueIds: readonly string[];
  all: boolean;
}) {
  const t = useT();
  const now = useNow(1000);
  const formatTime = useSiteTime();
  const live = useLiveFeed(
    OperationsAlertsFeed,
    { filter: all ? {} : { queueIds: [...queueIds] } },
    (data) => ({
      kind: data.liveAlerts.kind,
      serverTime: data.liveAlerts.serverTime,
      items: data.liveAlerts.alerts,
    }),
    { isGone: (alert) => !alert.active },
  );
  // An hour-rounded start, so the query's variables stay the same from one render to the next.
  const from = useMemo(() => {
    const hour = 3_600_000;
    return new Date(Math.floor(Date.now() / hour) * hour - HISTORY_HOURS * hour).toISOString();
  }, []);
  const history = useQuery(OperationsAlertHistory, {
    variables: { from, queueIds: all ? undefined : [...queueIds] },
    pollInterval: 60_000,
  });
  const activeKey = live.items.map((a) => a.id).join(',');
  const { refetch } = history;
  useEffect(() => {
    void refetch().catch(() => undefined);
  }, [activeKey, refetch]);

  const active = [...live.items].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
  const cleared = (history.data?.alerts ?? []).filter((a) => !a.active);
  const time = (instant: string) => formatTime(instant, { timeStyle: 'short' });
  return (
    <section aria-labelledby="ops-alerts" className="card ops-alerts">
      <h2 id="ops-alerts">{t('operations.alerts')}</h2>
      {active.length === 0 ? (
        <p className="ops-alerts__none">
          <span aria-hidden="true">✓ </span>
          {t('operations.alerts.none')}
        </p>
      ) : (
        <ul className="alert-list" data-alerts="active">
          {active.map((alert) => (
            <li key={alert.id} className="alert-line alert-line--active">
              <AlertLine alert={alert} now={now} offsetMs={live.offsetMs} formatTime={time} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('operations.alerts.history', { hours: HISTORY_HOURS })}</h3>
      {history.error && (
        <ErrorMessage message={history.error.message} onRetry={() => void history.refetch()} />
      )}
      {history.data && cleared.length === 0 && <p>{t('operations.alerts.historyNone')}</p>}
      {cleared.length > 0 && (
        <ul className="alert-list" data-alerts="history">
          {cleared.slice(0, HISTORY_SHOWN).map((alert) => (
            <li key={alert.id} className="alert-line">
              <AlertLine alert={alert} now={now} offsetMs={live.offsetMs} formatTime={time} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
