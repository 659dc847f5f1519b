import { useId } from 'react';
import { useIntl } from 'react-intl';
import { CHANNELS } from '../../directory/channels.js';
import type { Channel } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import {
  GRANULARITIES,
  MAX_INTERVAL_DAYS,
  MAX_POINTS,
  RANGE_PRESETS,
  dayCount,
  granularityProblem,
  type Granularity,
  type RangePreset,
} from './dateRange.js';
import type { RangeProblem, TrendsParams } from './trendsParams.js';

const PRESET_LABELS: Record<RangePreset, MessageId> = {
  last7: 'trends.range.last7',
  last30: 'trends.range.last30',
  lastMonth: 'trends.range.lastMonth',
  last6Months: 'trends.range.last6Months',
  custom: 'trends.range.custom',
};

const GRANULARITY_LABELS: Record<Granularity, MessageId> = {
  INTERVAL: 'granularity.INTERVAL',
  DAY: 'granularity.DAY',
  WEEK: 'granularity.WEEK',
  MONTH: 'granularity.MONTH',
};

/**
 * The Trends filters: range (preset or custom dates), granularity (those the range cannot use are
 * disabled, with the reason beside them), breakdown, channel, queue, team and the comparison.
 * Every change is written to the URL at once (no submit button).
 */
export function TrendsFilters({
  params,
  problem,
  usedGranularity,
  queues,
  teams,
  zone,
  onChange,
}: {
  params: TrendsParams;
  problem: RangeProblem;
  /** The granularity drawn (the one asked for, or a coarser one the range allows). */
  usedGranularity: Granularity;
  queues: readonly { name: string; channel: Channel }[];
  teams: readonly { id: string; name: string }[];
  zone: string;
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const ids = useId();
  const days = problem ? null : dayCount(params.range);
  const granularityNote =
    days === null
      ? null
      : usedGranularity !== params.granularity
        ? t('trends.granularity.fallback', {
            wanted: t(GRANULARITY_LABELS[params.granularity]),
            used: t(GRANULARITY_LABELS[usedGranularity]),
            days: intl.formatNumber(days),
          })
        : days > MAX_INTERVAL_DAYS
          ? t('trends.granularity.intervalLimit', { max: MAX_INTERVAL_DAYS, days: intl.formatNumber(days) })
          : null;
  const visibleQueues = queues.filter((q) => params.channel === null || q.channel === params.channel);
  const dateError = (field: 'from' | 'to') =>
    problem?.field === field
      ? t(problem.reason === 'order' ? 'trends.range.toBeforeFrom' : 'trends.range.invalidDate')
      : null;

  return (
    <form
      className="filters card trends-filters"
      aria-label={t('trends.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${ids}-range`}>{t('trends.range')}</label>
        <select
          id={`${ids}-range`}
          value={params.preset}
          onChange={(e) =>
            onChange(
              e.target.value === 'custom'
                ? { range: 'custom', from: params.range.from, to: params.range.to }
                : { range: e.target.value, from: null, to: null },
            )
          }
        >
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(PRESET_LABELS[preset])}
            </option>
          ))}
        </select>
      </div>
      {(['from', 'to'] as const).map((field) => {
        const error = dateError(field);
        return (
          <div key={field} className={`field${error ? ' field--invalid' : ''}`}>
            <label htmlFor={`${ids}-${field}`}>{t(field === 'from' ? 'trends.from' : 'trends.to')}</label>
            <input
              id={`${ids}-${field}`}
              type="date"
              value={params.range[field]}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${ids}-${field}-error` : undefined}
              onChange={(e) =>
                onChange({
                  range: 'custom',
                  from: field === 'from' ? e.target.value : params.range.from,
                  to: field === 'to' ? e.target.value : params.range.to,
                })
              }
            />
            {error && (
              <p className="field__error" id={`${ids}-${field}-error`}>
                <span aria-hidden="true">⚠ </span>
                <span className="visually-hidden">{t('form.errorPrefix')} </span>
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="field">
        <label htmlFor={`${ids}-granularity`}>{t('trends.granularity')}</label>
        <select
          id={`${ids}-granularity`}
          value={usedGranularity}
          aria-describedby={granularityNote ? `${ids}-granularity-note` : undefined}
          onChange={(e) => onChange({ granularity: e.target.value })}
        >
          {GRANULARITIES.map((g) => {
            const why = problem ? null : granularityProblem(params.range, g);
            return (
              <option key={g} value={g} disabled={why !== null}>
                {why === 'intervalTooLong'
                  ? t('trends.granularity.upTo', { label: t(GRANULARITY_LABELS[g]), max: MAX_INTERVAL_DAYS })
                  : why === 'tooManyPoints'
                    ? t('trends.granularity.tooMany', { label: t(GRANULARITY_LABELS[g]), max: MAX_POINTS })
                    : t(GRANULARITY_LABELS[g])}
              </option>
            );
          })}
        </select>
        {granularityNote && (
          <p className="field__hint" id={`${ids}-granularity-note`}>
            {granularityNote}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-by`}>{t('trends.by')}</label>
        <select id={`${ids}-by`} value={params.by} onChange={(e) => onChange({ by: e.target.value })}>
          <option value="channel">{t('dimension.channel')}</option>
          <option value="queue">{t('dimension.queue')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-channel`}>{t('dimension.channel')}</label>
        <select
          id={`${ids}-channel`}
          value={params.channel ?? ''}
          onChange={(e) => {
            const channel = e.target.value || null;
            const queue = queues.find((q) => q.name === params.queue);
            // A queue of another channel would select nothing: let it go.
            onChange({ channel, queue: queue && channel && queue.channel !== channel ? null : params.queue });
          }}
        >
          <option value="">{t('trends.allChannels')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-queue`}>{t('dimension.queue')}</label>
        <select
          id={`${ids}-queue`}
          value={params.queue ?? ''}
          onChange={(e) => onChange({ queue: e.target.value || null })}
        >
          <option value="">{t('trends.allQueues')}</option>
          {visibleQueues.map((q) => (
            <option key={q.name} value={q.name}>
              {q.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-team`}>{t('dimension.team')}</label>
        <select
          id={`${ids}-team`}
          value={params.teamId === null ? '' : String(params.teamId)}
          aria-describedby={`${ids}-team-note`}
          onChange={(e) => onChange({ team: e.target.value || null })}
        >
          <option value="">{t('trends.allTeams')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${ids}-team-note`}>
          {t('trends.teamNote')}
        </p>
      </div>
      <div className="field field--checkbox">
        <input
          id={`${ids}-compare`}
          type="checkbox"
          checked={params.compare}
          onChange={(e) => onChange({ compare: e.target.checked ? null : 'false' })}
        />
        <label htmlFor={`${ids}-compare`}>{t('trends.compare')}</label>
      </div>
      <p className="filters__note">{t('trends.zoneNote', { zone })}</p>
    </form>
  );
}
