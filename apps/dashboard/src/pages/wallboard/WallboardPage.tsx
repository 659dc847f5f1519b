import { useEffect, useMemo, type CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { CHANNEL_LOOK } from '../../directory/channels.js';
import { formatInSiteZone } from '../../format/formatInSiteZone.js';
import type { AlertRule } from '../../graphql/generated/graphql.js';
import { useT } from '../../i18n/useT.js';
import { AlertLine } from '../../live/AlertLine.js';
import { ConnectionIndicator } from '../../live/ConnectionIndicator.js';
import { formatElapsed } from '../../live/formatElapsed.js';
import { useLiveStatus } from '../../live/LiveConnection.js';
import { useLiveFeed } from '../../live/useLiveFeed.js';
import { useSite } from '../../site/SiteProvider.js';
import { useNow } from '../../site/useNow.js';
import { buildBoards, type Board } from './boards.js';
import { QueueTile } from './QueueTile.js';
import { tileColumns } from './tileColumns.js';
import { useRotation } from './useRotation.js';
import { parseWallboardParams } from './wallboardParams.js';
import { WallboardAgentsFeed, WallboardAlertsFeed, WallboardQueuesFeed } from './wallboardQueries.js';
import './wallboard.css';

/** Heartbeats come every 5 s: two missed in a row and the figures no longer describe now. */
export const STALE_AFTER_MS = 10_000;
/** Alerts listed under the tiles; the rest are counted ("+3 more"). */
const ALERTS_SHOWN = 4;
/** A wallboard shows queue alerts; agents' alerts are for the operations page. */
const QUEUE_RULES: AlertRule[] = [
  'SERVICE_LEVEL_TODAY',
  'SERVICE_LEVEL_30_MIN',
  'QUEUE_DEPTH',
  'LONGEST_WAIT',
];

/**
 * The wallboard: full screen, dark, large type for a TV read from 5 metres; a tile per queue
 * (and per channel's totals), live over graphql-ws subscriptions. Its address says what it
 * shows (wallboardParams.ts) and works with a kiosk token (/wallboard?kiosk=…), so a TV can keep
 * it open for weeks: it reconnects by itself and shows plainly when its figures are stale.
 */
export default function WallboardPage() {
  const t = useT();
  const intl = useIntl();
  const [params] = useSearchParams();
  const settings = useMemo(() => parseWallboardParams(params), [params]);
  const now = useNow(1000);
  const live = useLiveStatus(STALE_AFTER_MS);

  const queues = useLiveFeed(WallboardQueuesFeed, { filter: settings.filter }, (data) => ({
    kind: data.liveQueues.kind,
    serverTime: data.liveQueues.serverTime,
    items: data.liveQueues.queues,
  }));
  const agents = useLiveFeed(
    WallboardAgentsFeed,
    {},
    (data) => ({
      kind: data.liveAgents.kind,
      serverTime: data.liveAgents.serverTime,
      items: data.liveAgents.agents,
    }),
    { skip: !settings.totals },
  );
  const alerts = useLiveFeed(
    WallboardAlertsFeed,
    { filter: { siteId: settings.filter.siteId, queueIds: settings.filter.queueIds, rules: QUEUE_RULES } },
    (data) => ({
      kind: data.liveAlerts.kind,
      serverTime: data.liveAlerts.serverTime,
      items: data.liveAlerts.alerts,
    }),
    { isGone: (alert) => !alert.active },
  );

  useEffect(() => {
    document.title = `${t('nav.wallboard')} · ${t('app.name')}`;
  }, [t]);

  const clock = { now, offsetMs: queues.offsetMs };
  const boards = buildBoards(queues.items, agents.items, settings.boards, clock, settings.totals);
  const { index } = useRotation(boards.length, settings.rotateSeconds);
  const board: Board | undefined = boards[index];
  const age = queues.receivedAt === null ? null : now - queues.receivedAt;
  const stale = age !== null && age > STALE_AFTER_MS;
  // The alerts of the queues on the board on screen (a rotating board shows its own).
  const shownQueueIds = new Set(board?.tiles.map((tile) => tile.queueId) ?? []);
  const activeAlerts = alerts.items
    .filter((a) => a.queueId === null || shownQueueIds.has(a.queueId))
    .sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
  const timeZone = queues.items[0]?.timeZone;

  return (
    <div className="wallboard" data-stale={stale ? 'true' : 'false'} data-board={board?.key}>
      <Link to="/operations" className="wallboard__exit">
        {t('wallboard.exit')}
      </Link>
      <header className="wallboard__header">
        <h1>
          {t('app.name')} <span className="wallboard__subtitle">{t('nav.wallboard')}</span>
        </h1>
        {board && <BoardTitle board={board} index={index} count={boards.length} />}
        <ServerClock now={now + queues.offsetMs} timeZone={timeZone} />
        <ConnectionIndicator
          status={live.status}
          lastMessageAt={live.lastMessageAt}
          connected={live.connected}
          formatTime={(instant, options) =>
            formatInSiteZone(instant, timeZone ?? BROWSER_ZONE, intl.locale, options)
          }
        />
      </header>
      <main className="wallboard__main">
        {stale && (
          <p className="wallboard__stale" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('wallboard.stale', { age: formatElapsed(age / 1000, intl.locale) })}{' '}
            {live.connected ? '' : t('wallboard.stale.retrying')}
          </p>
        )}
        {queues.receivedAt === null && queues.failed && (
          <p className="wallboard__problem" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('wallboard.unreachable')}
          </p>
        )}
        {queues.receivedAt !== null && queues.items.length === 0 && (
          <p className="wallboard__problem">{t('wallboard.noQueues')}</p>
        )}
        {board && (
          <ul
            className="wallboard__tiles"
            aria-label={t('wallboard.queues')}
            style={{ '--columns': tileColumns(board.tiles.length) } as CSSProperties}
          >
            {board.tiles.map((tile) => (
              <QueueTile key={tile.key} tile={tile} stale={stale} />
            ))}
          </ul>
        )}
        <section className="wallboard__alerts" aria-labelledby="wallboard-alerts">
          <h2 id="wallboard-alerts">{t('wallboard.alerts')}</h2>
          {activeAlerts.length === 0 ? (
            <p className="wallboard__no-alerts">
              <span aria-hidden="true">✓ </span>
              {t('wallboard.alerts.none')}
            </p>
          ) : (
            <ul>
              {activeAlerts.slice(0, ALERTS_SHOWN).map((alert) => (
                <li key={alert.id} className="alert-line">
                  <AlertLine
                    compact
                    alert={alert}
                    now={now}
                    offsetMs={alerts.offsetMs}
                    formatTime={(instant) =>
                      formatInSiteZone(instant, timeZone ?? BROWSER_ZONE, intl.locale, { timeStyle: 'short' })
                    }
                  />
                </li>
              ))}
              {activeAlerts.length > ALERTS_SHOWN && (
                <li className="alert-line alert-line--more">
                  {t('wallboard.alerts.more', { count: activeAlerts.length - ALERTS_SHOWN })}
                </li>
              )}
            </ul>
          )}
        </section>
        <p className="wallboard__legend">{t('wallboard.legend')}</p>
      </main>
    </div>
  );
}

const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Which board is on screen, and which of how many (when they rotate). */
function BoardTitle({ board, index, count }: { board: Board; index: number; count: number }) {
  const t = useT();
  const { sites } = useSite();
  let title = t('wallboard.board.all');
  if (board.channel) title = t(CHANNEL_LOOK[board.channel].labelId);
  if (board.siteId !== undefined)
    title =
      sites.find((s) => Number(s.id) === board.siteId)?.name ??
      t('wallboard.board.site', { site: board.siteId });
  return (
    <p className="wallboard__board">
      <span className="wallboard__board-title">{title}</span>
      {count > 1 && (
        <span className="wallboard__board-position">
          {t('wallboard.board.position', { index: index + 1, count })}
        </span>
      )}
    </p>
  );
}

/** The time on the server's clock, in the queues' zone (a TV's own clock may be minutes off). */
function ServerClock({ now, timeZone }: { now: number; timeZone: string | undefined }) {
  const intl = useIntl();
  const zone = timeZone ?? BROWSER_ZONE;
  return (
    <p className="wallboard__clock">
      <time dateTime={new Date(now).toISOString()}>
        {formatInSiteZone(now, zone, intl.locale, {
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hourCycle: 'h23',
        })}
      </time>
      <span className="wallboard__zone">{zone}</span>
    </p>
  );
}
