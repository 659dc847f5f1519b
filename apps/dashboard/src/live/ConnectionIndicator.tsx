import { useT } from '../i18n/useT.js';
import type { MessageId } from '../i18n/catalogue.js';
import { useSiteTime } from '../site/useSiteTime.js';
import type { LiveStatus } from './liveStatus.js';

/** Each status has a symbol and a word as well as a colour (colour never carries meaning alone). */
const LOOK: Record<LiveStatus, { symbol: string; labelId: MessageId; hintId: MessageId }> = {
  online: { symbol: '●', labelId: 'live.online', hintId: 'live.online.hint' },
  connecting: { symbol: '◌', labelId: 'live.connecting', hintId: 'live.connecting.hint' },
  reconnecting: { symbol: '↻', labelId: 'live.reconnecting', hintId: 'live.reconnecting.hint' },
  stale: { symbol: '⚠', labelId: 'live.stale', hintId: 'live.stale.hint' },
};

/**
 * Shows whether live figures are current: online, connecting, reconnecting (it recovers by
 * itself) or stale, with the time of the last update in the site's zone.
 */
export function ConnectionIndicator({
  status,
  lastMessageAt,
  connected = true,
  formatTime: formatIn,
}: {
  status: LiveStatus;
  lastMessageAt: number | null;
  /** Whether the socket is up: stale data over a dropped connection says it is retrying. */
  connected?: boolean;
  /** Formats the last update's time (default: in the current site's zone). */
  formatTime?: (instant: number, options: Intl.DateTimeFormatOptions) => string;
}) {
  const t = useT();
  const siteTime = useSiteTime();
  const formatTime = formatIn ?? siteTime;
  const look = LOOK[status];
  const hintId =
    status === 'stale' && !connected && lastMessageAt !== null ? 'live.reconnecting.hint' : look.hintId;
  const last =
    lastMessageAt === null
      ? t('live.lastUpdate.never')
      : t('live.lastUpdate', { time: formatTime(lastMessageAt, { timeStyle: 'medium' }) });
  return (
    <div className={`live-indicator live-indicator--${status}`} role="status" data-status={status}>
      <span className="live-indicator__symbol" aria-hidden="true">
        {look.symbol}
      </span>
      <span className="live-indicator__label">{t(look.labelId)}</span>
      <span className="live-indicator__detail">
        {t(hintId)} · {last}
      </span>
    </div>
  );
}
