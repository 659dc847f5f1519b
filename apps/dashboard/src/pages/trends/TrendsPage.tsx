import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { addDays, calendarDateInZone } from '../../format/calendarDateInZone.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { useSiteZone } from '../../site/useSiteTime.js';

const GRANULARITIES: readonly { value: string; labelId: MessageId }[] = [
  { value: 'INTERVAL', labelId: 'granularity.INTERVAL' },
  { value: 'DAY', labelId: 'granularity.DAY' },
  { value: 'WEEK', labelId: 'granularity.WEEK' },
  { value: 'MONTH', labelId: 'granularity.MONTH' },
];

const DIMENSIONS: readonly { value: string; labelId: MessageId }[] = [
  { value: 'channel', labelId: 'dimension.channel' },
  { value: 'queue', labelId: 'dimension.queue' },
  { value: 'team', labelId: 'dimension.team' },
  { value: 'agent', labelId: 'dimension.agent' },
];

/**
 * Trends: any date range (in the site's days) and granularity, by channel, queue, team or
 * agent, compared with the previous period. The choices live in the URL so a view can be
 * shared; the figures arrive with the metrics API.
 */
export default function TrendsPage() {
  const t = useT();
  const zone = useSiteZone();
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const today = calendarDateInZone(Date.now(), zone);
  const from = params.get('from') ?? addDays(today, -27);
  const to = params.get('to') ?? today;
  const granularity = params.get('granularity') ?? 'DAY';
  const by = params.get('by') ?? 'channel';
  const compare = params.get('compare') !== 'false';

  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader titleId="trends.title" descriptionId="trends.description" />
      <form className="filters card" aria-label={t('trends.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${ids}-from`}>{t('trends.from')}</label>
          <input
            id={`${ids}-from`}
            type="date"
            value={from}
            max={to}
            onChange={(e) => set('from', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>{t('trends.to')}</label>
          <input
            id={`${ids}-to`}
            type="date"
            value={to}
            min={from}
            onChange={(e) => set('to', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-granularity`}>{t('trends.granularity')}</label>
          <select
            id={`${ids}-granularity`}
            value={granularity}
            onChange={(e) => set('granularity', e.target.value)}
          >
            {GRANULARITIES.map((g) => (
              <option key={g.value} value={g.value}>
                {t(g.labelId)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-by`}>{t('trends.by')}</label>
          <select id={`${ids}-by`} value={by} onChange={(e) => set('by', e.target.value)}>
            {DIMENSIONS.map((d) => (
              <option key={d.value} value={d.value}>
                {t(d.labelId)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input
            id={`${ids}-compare`}
            type="checkbox"
            checked={compare}
            onChange={(e) => set('compare', String(e.target.checked))}
          />
          <label htmlFor={`${ids}-compare`}>{t('trends.compare')}</label>
        </div>
        <p className="filters__note">{t('trends.zoneNote', { zone })}</p>
      </form>

      <section aria-labelledby="trends-chart" className="card">
        <h2 id="trends-chart">{t('trends.chart')}</h2>
        <EmptyState titleId="trends.empty.title" descriptionId="trends.empty.description" />
      </section>

      <section aria-labelledby="trends-table" className="card">
        <div className="section-heading">
          <h2 id="trends-table">{t('trends.table')}</h2>
          <button
            type="button"
            className="button button--secondary"
            disabled
            aria-describedby="trends-export-note"
          >
            <span aria-hidden="true">↓ </span>
            {t('common.exportCsv')}
          </button>
        </div>
        <p id="trends-export-note" className="muted">
          {t('trends.exportNote')}
        </p>
      </section>
    </>
  );
}
