import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { ChartCard } from '../../charts/ChartCard.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { graphql } from '../../graphql/generated/index.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { useSiteTime, useSiteZone } from '../../site/useSiteTime.js';
import { useNow } from '../../site/useNow.js';

const OperationsDirectory = graphql(`
  query OperationsDirectory {
    queues {
      id
    }
    agents {
      id
    }
  }
`);

/** Today's headline figures (metrics.md field names in comments). */
const HEADLINES: readonly { id: MessageId; field: string }[] = [
  { id: 'metric.serviceLevel', field: 'serviceLevel' },
  { id: 'metric.asa', field: 'asa' },
  { id: 'metric.offered', field: 'offered' },
  { id: 'metric.abandonRate', field: 'abandonRate' },
  { id: 'metric.csat', field: 'csat' },
];

/** The interval charts of product.md's operations page, in reading order. */
const INTERVAL_CHARTS: readonly { titleId: MessageId; descriptionId: MessageId }[] = [
  {
    titleId: 'operations.chart.offeredVsForecast',
    descriptionId: 'operations.chart.offeredVsForecast.description',
  },
  { titleId: 'operations.chart.serviceLevel', descriptionId: 'operations.chart.serviceLevel.description' },
  { titleId: 'operations.chart.asa', descriptionId: 'operations.chart.asa.description' },
  { titleId: 'operations.chart.queueDepth', descriptionId: 'operations.chart.queueDepth.description' },
  { titleId: 'operations.chart.abandonment', descriptionId: 'operations.chart.abandonment.description' },
  { titleId: 'operations.chart.csat', descriptionId: 'operations.chart.csat.description' },
];

/**
 * Operations: today by 15-minute interval, the agents and active alerts. Ready for the metrics
 * queries and live subscriptions; until they exist each panel explains what it will show.
 */
export default function OperationsPage() {
  const t = useT();
  const intl = useIntl();
  const zone = useSiteZone();
  const formatTime = useSiteTime();
  const now = useNow(60_000);
  const { data } = useQuery(OperationsDirectory);

  return (
    <>
      <PageHeader titleId="operations.title" descriptionId="operations.description">
        <p className="page-header__meta">
          {t('operations.today', { date: formatTime(now, { dateStyle: 'full' }), zone })}
        </p>
      </PageHeader>

      <section aria-labelledby="ops-now">
        <h2 id="ops-now">{t('operations.now')}</h2>
        <ul className="kpis">
          {HEADLINES.map((headline) => (
            <li key={headline.field} className="kpi">
              <span className="kpi__label">{t(headline.id)}</span>
              <span className="kpi__value" aria-hidden="true">
                —
              </span>
              <span className="kpi__note">{t('common.noData')}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ops-intervals">
        <h2 id="ops-intervals">{t('operations.byInterval')}</h2>
        <EmptyState
          titleId="operations.intervals.empty.title"
          descriptionId="operations.intervals.empty.description"
        />
        <div className="card-grid">
          {INTERVAL_CHARTS.map(({ titleId, descriptionId }) => (
            <ChartCard
              key={titleId}
              titleId={titleId}
              descriptionId={descriptionId}
              chart={{
                data: [] as { intervalStart: string; value: number }[],
                index: 'intervalStart',
                categories: ['value'],
                labels: { value: t(titleId) },
                valueFormatter: (v) => intl.formatNumber(v),
                indexFormatter: (v) => formatTime(String(v), { timeStyle: 'short' }),
                description: t(titleId),
              }}
            />
          ))}
        </div>
      </section>

      <div className="two-columns">
        <section aria-labelledby="ops-agents" className="card">
          <h2 id="ops-agents">{t('operations.agents')}</h2>
          {data && (
            <p>
              {t('operations.agents.directory', {
                agents: data.agents.length,
                queues: data.queues.length,
              })}
            </p>
          )}
          <EmptyState
            titleId="operations.agents.empty.title"
            descriptionId="operations.agents.empty.description"
          />
        </section>
        <section aria-labelledby="ops-alerts" className="card">
          <h2 id="ops-alerts">{t('operations.alerts')}</h2>
          <EmptyState
            titleId="operations.alerts.empty.title"
            descriptionId="operations.alerts.empty.description"
          />
        </section>
      </div>
    </>
  );
}
