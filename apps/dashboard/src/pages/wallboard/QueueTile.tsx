import type { CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import { CHANNEL_LOOK } from '../../directory/channels.js';
import { formatDuration } from '../../format/formatDuration.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { formatElapsed } from '../../live/formatElapsed.js';
import type { Figure, Tile } from './boards.js';
import type { Health } from './health.js';

/** Each health has a symbol and a word as well as a colour. */
export const HEALTH_LOOK: Record<Exclude<Health, 'none'>, { symbol: string; labelId: MessageId }> = {
  good: { symbol: '✓', labelId: 'wallboard.health.good' },
  warning: { symbol: '▲', labelId: 'wallboard.health.warning' },
  breach: { symbol: '✖', labelId: 'wallboard.health.breach' },
};

/** A figure's value in its unit: counts, times as a clock ("1:05"), shares as whole percents. */
function useFigureText(): (figure: Figure) => string | null {
  const intl = useIntl();
  return (figure) => {
    if (figure.value === null) return null;
    switch (figure.unit) {
      case 'count':
        return intl.formatNumber(figure.value);
      case 'seconds':
        return formatElapsed(figure.value, intl.locale);
      case 'share':
        // Rounded down: 79.6 % of an 80 % target must not read "80 %" on a red tile.
        return intl.formatNumber(figure.value, { style: 'percent', roundingMode: 'floor' });
    }
  };
}

function Figures({ figures, className }: { figures: readonly Figure[]; className: string }) {
  const t = useT();
  const text = useFigureText();
  return (
    <dl className={className}>
      {figures.map((figure) => {
        const value = text(figure);
        const marked = figure.health === 'warning' || figure.health === 'breach';
        // Long values ("14d 3h") get smaller type so that they fit their column (wallboard.css).
        const chars = Math.max(4, (value ?? '—').length + (marked ? 1 : 0));
        return (
          <div
            key={figure.labelId}
            className={`tile__figure figure--${figure.health}`}
            data-figure={figure.labelId}
          >
            <dt>{t(figure.labelId)}</dt>
            <dd style={{ '--chars': chars } as CSSProperties}>
              {marked ? (
                <span className="figure__mark">
                  <span aria-hidden="true">{HEALTH_LOOK[figure.health as 'warning' | 'breach'].symbol}</span>
                  <span className="visually-hidden">
                    {t(HEALTH_LOOK[figure.health as 'warning' | 'breach'].labelId)}:{' '}
                  </span>
                </span>
              ) : null}
              {value === null ? (
                <>
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">{t('common.noData')}</span>
                </>
              ) : (
                <span className="figure__value">{value}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/**
 * A queue's (or a channel's totals) tile: three large figures read from across the room, the
 * others smaller, the tile's border and badge coloured by its worst figure or active alert.
 */
export function QueueTile({ tile, stale }: { tile: Tile; stale: boolean }) {
  const t = useT();
  const intl = useIntl();
  const look = CHANNEL_LOOK[tile.channel];
  const name = tile.kind === 'totals' ? t('wallboard.totals', { channel: t(look.labelId) }) : tile.name;
  const target = tile.target
    ? t(tile.target.claims ? 'wallboard.claimTarget' : 'wallboard.slTarget', {
        target: intl.formatNumber(tile.target.share, { style: 'percent' }),
        within: formatDuration(tile.target.withinSeconds, intl.locale),
      })
    : t('wallboard.totalsNote');
  const health = tile.health === 'none' ? null : HEALTH_LOOK[tile.health];
  return (
    <li
      className={`tile tile--${tile.kind} health--${tile.health}${stale ? ' tile--stale' : ''}`}
      data-channel={tile.channel}
      data-queue={name}
      data-health={tile.health}
    >
      <div className="tile__head">
        <h2 className="tile__name">{name}</h2>
        <p className="tile__channel">
          <span aria-hidden="true">{look.symbol} </span>
          {t(look.labelId)}
        </p>
        {health && (
          <p className="tile__health">
            <span aria-hidden="true">{health.symbol} </span>
            {t(health.labelId)}
          </p>
        )}
      </div>
      <Figures figures={tile.figures.filter((f) => f.size === 'large')} className="tile__figures" />
      <Figures figures={tile.figures.filter((f) => f.size === 'small')} className="tile__minor" />
      <p className="tile__target">{target}</p>
    </li>
  );
}
