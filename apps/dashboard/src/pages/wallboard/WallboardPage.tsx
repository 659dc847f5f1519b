import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { CHANNEL_LOOK } from '../../directory/channels.js';
import { formatDuration } from '../../format/formatDuration.js';
import { graphql } from '../../graphql/generated/index.js';
import type { WallboardQueuesQuery } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { backoffDelay } from '../../live/backoff.js';
import { ConnectionIndicator } from '../../live/ConnectionIndicator.js';
import { useLiveStatus } from '../../live/LiveConnection.js';
import { useSite } from '../../site/SiteProvider.js';
import { useNow } from '../../site/useNow.js';
import { useSiteTime } from '../../site/useSiteTime.js';
import { tileColumns } from './tileColumns.js';
import './wallboard.css';

const WallboardQueues = graphql(`
  query WallboardQueues {
    queues {
      id
      name
      channel
      slTarget
      slThresholdSeconds
      claimSlaHours
      siteId
    }
  }
`);

/** Live figures are stale when no update arrived for this long. */
const STALE_AFTER_MS = 15_000;

type Queue = WallboardQueuesQuery['queues'][number];

/** What each tile shows; claim desks count claims, not waiting contacts. */
const CONTACT_FIGURES: readonly MessageId[] = [
  'wallboard.figure.waiting',
  'wallboard.figure.longestWait',
  'wallboard.figure.serviceLevel',
  'wallboard.figure.agentsAvailable',
];
const CLAIM_FIGURES: readonly MessageId[] = [
  'wallboard.figure.backlog',
  'wallboard.figure.oldestClaim',
  'wallboard.figure.settledInSla',
  'wallboard.figure.agentsAvailable',
];

/**
 * The wallboard: full screen, dark, large type for a TV read from 5 metres; one tile per queue of
 * the current site (or of the site named in the kiosk link, /wallboard?site=<id>).
 * Figures come from live subscriptions (not yet offered by the API): until then every value is
 * "—" and the indicator says the data is stale.
 */
export default function WallboardPage() {
  const t = useT();
  const { site, sites, setSiteId } = useSite();
  const { data, error, refetch } = useQuery(WallboardQueues);
  const [params] = useSearchParams();

  // A kiosk link names its site: /wallboard?site=<id>.
  const wantedSite = params.get('site');
  useEffect(() => {
    if (wantedSite && wantedSite !== site?.id && sites.some((s) => s.id === wantedSite))
      setSiteId(wantedSite);
  }, [wantedSite, site?.id, sites, setSiteId]);
  const live = useLiveStatus(STALE_AFTER_MS);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = `${t('nav.wallboard')} · ${t('app.name')}`;
  }, [t]);

  // A kiosk has nobody to press "retry": keep trying with backoff until the API answers.
  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(() => {
      setAttempt((a) => a + 1);
      refetch().catch(() => {});
    }, backoffDelay(attempt));
    return () => clearTimeout(timer);
  }, [error, attempt, refetch]);

  const queues = (data?.queues ?? []).filter((q) => !site || q.siteId === Number(site.id));
  return (
    <div className="wallboard">
      <Link to="/operations" className="wallboard__exit">
        {t('wallboard.exit')}
      </Link>
      <header className="wallboard__header">
        <h1>
          {t('app.name')} <span className="wallboard__subtitle">{t('nav.wallboard')}</span>
        </h1>
        <WallboardClock />
        <ConnectionIndicator status={live.status} lastMessageAt={live.lastMessageAt} />
      </header>
      <main className="wallboard__main">
        {error && (
          <p className="wallboard__problem" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('wallboard.unreachable')}
          </p>
        )}
        {data && queues.length === 0 && <p className="wallboard__problem">{t('wallboard.noQueues')}</p>}
        <ul
          className="wallboard__tiles"
          aria-label={t('wallboard.queues')}
          style={{ '--columns': tileColumns(queues.length) } as CSSProperties}
        >
          {queues.map((queue) => (
            <QueueTile key={queue.id} queue={queue} />
          ))}
        </ul>
        <p className="wallboard__legend">{t('wallboard.legend')}</p>
      </main>
    </div>
  );
}

function QueueTile({ queue }: { queue: Queue }) {
  const t = useT();
  const intl = useIntl();
  const look = CHANNEL_LOOK[queue.channel];
  const claims = queue.channel === 'CLAIM_DESK';
  const target = claims
    ? t('wallboard.claimTarget', {
        target: intl.formatNumber(queue.slTarget, { style: 'percent' }),
        within: formatDuration(queue.claimSlaHours * 3600, intl.locale),
      })
    : t('wallboard.slTarget', {
        target: intl.formatNumber(queue.slTarget, { style: 'percent' }),
        within: formatDuration(queue.slThresholdSeconds, intl.locale),
      });
  return (
    <li className="tile" data-channel={queue.channel}>
      <div className="tile__head">
        <h2 className="tile__name">{queue.name}</h2>
        <p className="tile__channel">
          <span aria-hidden="true">{look.symbol} </span>
          {t(look.labelId)}
        </p>
      </div>
      <dl className="tile__figures">
        {(claims ? CLAIM_FIGURES : CONTACT_FIGURES).map((figure) => (
          <div key={figure} className="tile__figure">
            <dt>{t(figure)}</dt>
            <dd>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t('common.noData')}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="tile__target">{target}</p>
    </li>
  );
}

function WallboardClock() {
  const now = useNow(1000);
  const formatTime = useSiteTime();
  const { site } = useSite();
  return (
    <p className="wallboard__clock">
      <time dateTime={new Date(now).toISOString()}>
        {formatTime(now, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })}
      </time>
      {site && <span className="wallboard__zone">{site.name}</span>}
    </p>
  );
}
