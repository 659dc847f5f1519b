import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { CHANNEL_LOOK, CHANNELS } from '../../directory/channels.js';
import { calendarDateInZone } from '../../format/calendarDateInZone.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { ConnectionIndicator } from '../../live/ConnectionIndicator.js';
import { formatElapsed } from '../../live/formatElapsed.js';
import { useLiveStatus } from '../../live/LiveConnection.js';
import { todayTotals } from '../../live/queueTotals.js';
import { secondsSince } from '../../live/serverClock.js';
import { useLiveFeed } from '../../live/useLiveFeed.js';
import { useSite } from '../../site/SiteProvider.js';
import { useNow } from '../../site/useNow.js';
import { useSiteTime, useSiteZone } from '../../site/useSiteTime.js';
import { AgentsPanel } from './AgentsPanel.js';
import { AlertsPanel } from './AlertsPanel.js';
import { IntervalCharts } from './IntervalCharts.js';
import { OperationsDirectory, OperationsQueuesFeed } from './operationsQueries.js';
import { parseScope, queuesOfScope, scopeValue, type Scope } from './operationsScope.js';
import { StaffingGapPanel } from './StaffingGapPanel.js';
import { useDepthSamples } from './useDepthSamples.js';
import './operations.css';

const STALE_AFTER_MS = 10_000;

/**
 * Operations: today for the chosen queues of the site — live headline figures, the day by
 * 15-minute interval, the staffing gap of the next 2 hours, the agents and the alerts. The choice
 * of queues lives in the address (?scope=channel:HOTLINE), so a link shows the same view.
 */
export default function OperationsPage() {
  const t = useT();
  const zone = useSiteZone();
  const formatTime = useSiteTime();
  // The page itself changes with the minute (the date); live figures tick in their own components.
  const minute = useNow(60_000);
  const { site } = useSite();
  const [params, setParams] = useSearchParams();
  const scopeParam = params.get('scope');
  const scope = useMemo(() => parseScope(scopeParam), [scopeParam]);
  const directory = useQuery(OperationsDirectory);
  const siteId = site ? Number(site.id) : null;
  const allQueues = useMemo(() => directory.data?.queues ?? [], [directory.data]);
  // Kept the same between renders, so that the charts and panels below redraw only on a change.
  const chosen = useMemo(() => queuesOfScope(allQueues, scope, siteId), [allQueues, scope, siteId]);
  const chosenIds = useMemo(() => new Set(chosen.map((q) => q.id)), [chosen]);
  const chosenNumbers = useMemo(() => new Set(chosen.map((q) => Number(q.id))), [chosen]);
  const contactQueueNames = useMemo(
    () => chosen.filter((q) => q.channel !== 'CLAIM_DESK').map((q) => q.name),
    [chosen],
  );
  const chosenIdList = useMemo(() => chosen.map((q) => q.id), [chosen]);
  const day = calendarDateInZone(minute, zone);

  const feed = useLiveFeed(OperationsQueuesFeed, { filter: siteId === null ? {} : { siteId } }, (data) => ({
    kind: data.liveQueues.kind,
    serverTime: data.liveQueues.serverTime,
    items: data.liveQueues.queues,
  }));
  const live = feed.items.filter((q) => chosenIds.has(q.id));
  const depth = feed.receivedAt === null ? null : live.reduce((sum, q) => sum + q.depth, 0);
  const depthSamples = useDepthSamples(depth, `${siteId}|${scopeValue(scope)}`);
  const status = useLiveStatus(STALE_AFTER_MS);

  const choose = (next: Scope) => {
    const value = scopeValue(next);
    setParams(value === 'all' ? {} : { scope: value }, { replace: true });
  };

  return (
    <>
      <PageHeader titleId="operations.title" descriptionId="operations.description">
        <p className="page-header__meta">
          {t('operations.today', { date: formatTime(minute, { dateStyle: 'full' }), zone })}
        </p>
        <ConnectionIndicator
          status={status.status}
          lastMessageAt={status.lastMessageAt}
          connected={status.connected}
        />
      </PageHeader>

      <div className="ops-controls ops-scope">
        <label htmlFor="ops-scope">{t('operations.scope')}</label>
        <select id="ops-scope" value={scopeValue(scope)} onChange={(e) => choose(parseScope(e.target.value))}>
          <option value="all">{t('operations.scope.all')}</option>
          {CHANNELS.filter((c) =>
            allQueues.some((q) => q.channel === c && (siteId === null || q.siteId === siteId)),
          ).map((channel) => (
            <option key={channel} value={`channel:${channel}`}>
              {t('operations.scope.channel', { channel: t(CHANNEL_LOOK[channel].labelId) })}
            </option>
          ))}
          {allQueues
            .filter((q) => siteId === null || q.siteId === siteId)
            .map((q) => (
              <option key={q.id} value={`queue:${q.id}`}>
                {q.name}
              </option>
            ))}
        </select>
      </div>

      {directory.error && (
        <ErrorMessage message={directory.error.message} onRetry={() => void directory.refetch()} />
      )}
      {directory.loading && <Loading />}

      <section aria-labelledby="ops-now">
        <h2 id="ops-now">{t('operations.now')}</h2>
        <Headlines live={live} offsetMs={feed.offsetMs} ready={feed.receivedAt !== null} />
      </section>

      <section aria-labelledby="ops-intervals">
        <h2 id="ops-intervals">{t('operations.byInterval')}</h2>
        {directory.data && chosen.length === 0 && <p>{t('operations.noQueues')}</p>}
        <IntervalCharts day={day} scope={scope} queues={chosen} depthSamples={depthSamples} />
      </section>

      <StaffingGapPanel queues={contactQueueNames} />

      <div className="ops-people">
        <AgentsPanel queueIds={chosenNumbers} teams={directory.data?.teams ?? NO_TEAMS} />
        <AlertsPanel queueIds={chosenIdList} all={scope.kind === 'all'} />
      </div>
    </>
  );
}

const NO_TEAMS: readonly { id: string; name: string }[] = [];

/** Today so far over the chosen queues, live; waits tick on the server clock. */
function Headlines({
  live,
  offsetMs,
  ready,
}: {
  live: readonly {
    depth: number;
    oldestWaitingSince: string | null;
    today: Parameters<typeof todayTotals>[0][number];
  }[];
  offsetMs: number;
  ready: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const now = useNow(1000);
  const totals = todayTotals(live.map((q) => q.today));
  const waits = live
    .filter((q) => q.depth > 0)
    .map((q) => secondsSince(q.oldestWaitingSince, now, offsetMs) ?? 0);
  const share = (v: number | null) =>
    v === null ? null : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  const headlines: { id: MessageId; key: string; value: string | null }[] = [
    {
      id: 'operations.kpi.waiting',
      key: 'depth',
      value: intl.formatNumber(live.reduce((s, q) => s + q.depth, 0)),
    },
    {
      id: 'operations.kpi.longestWait',
      key: 'longestWait',
      value: formatElapsed(Math.max(0, ...waits), intl.locale),
    },
    { id: 'metric.serviceLevel', key: 'serviceLevel', value: share(totals.serviceLevel) },
    {
      id: 'metric.asa',
      key: 'asa',
      value:
        totals.asa === null
          ? null
          : intl.formatNumber(totals.asa, {
              style: 'unit',
              unit: 'second',
              unitDisplay: 'narrow',
              maximumFractionDigits: 0,
            }),
    },
    { id: 'metric.offered', key: 'offered', value: intl.formatNumber(totals.offered) },
    { id: 'metric.abandonRate', key: 'abandonRate', value: share(totals.abandonRate) },
    { id: 'metric.csat', key: 'csat', value: share(totals.csat) },
  ];
  return (
    <ul className="kpis">
      {headlines.map((h) => (
        <li key={h.key} className="kpi" data-kpi={h.key}>
          <span className="kpi__label">{t(h.id)}</span>
          {ready && h.value !== null ? (
            <span className="kpi__value">{h.value}</span>
          ) : (
            <>
              <span className="kpi__value" aria-hidden="true">
                —
              </span>
              <span className="kpi__note">{t('common.noData')}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
