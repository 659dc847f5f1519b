import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { inputProblems } from '../../apollo/inputProblems.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { calendarDateInZone } from '../../format/calendarDateInZone.js';
import type { Channel } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { useSiteZone } from '../../site/useSiteTime.js';
import { downloadCsv } from './csv.js';
import { periodLabels, previousRange, usableGranularity, type DateRange } from './dateRange.js';
import { formatPeriod } from './formatPeriod.js';
import { TrendChartCard, useSeriesName } from './TrendChartCard.js';
import { TrendsFilters } from './TrendsFilters.js';
import { parseTrendsParams, rangeProblem } from './trendsParams.js';
import {
  TrendsAgentsQuery,
  TrendsClaimsQuery,
  TrendsContactsQuery,
  TrendsDirectoryQuery,
} from './trendsQueries.js';
import { TrendsSummary } from './TrendsSummary.js';
import './trends.css';
import { trendsCsv, trendsModel, type ChartId } from './trendsModel.js';

const CONTACT_CHARTS: readonly ChartId[] = [
  'serviceLevel',
  'asa',
  'aht',
  'abandonRate',
  'volume',
  'csat',
  'fcr',
];
const AGENT_CHARTS: readonly ChartId[] = ['occupancy', 'shrinkage'];

/**
 * Trends (issue #3): any date range (in the site's days) at interval, day, week or month
 * granularity, per channel or queue, filtered by channel, queue and team; each chart with the
 * previous period dashed; totals with their change; CSV export of exactly what is shown.
 * The choices live in the URL so a view can be shared.
 *
 * Metric queries bypass Apollo's cache (`no-cache`): agent series of the range and of the previous
 * period share ids, and normalizing them would mix their points. Trend data is read once anyway.
 */
export default function TrendsPage() {
  const t = useT();
  const intl = useIntl();
  const zone = useSiteZone();
  const seriesName = useSeriesName();
  const [search, setSearch] = useSearchParams();
  const today = calendarDateInZone(Date.now(), zone);
  const params = useMemo(() => parseTrendsParams(search, today), [search, today]);
  const problem = params.preset === 'custom' ? rangeProblem(params.range) : null;
  const granularity = problem ? params.granularity : usableGranularity(params.range, params.granularity);
  const previous = useMemo(
    () => (problem ? params.range : previousRange(params.range, granularity)),
    [problem, params.range, granularity],
  );

  const directory = useQuery(TrendsDirectoryQuery);
  const queues = useMemo(() => directory.data?.queues ?? [], [directory.data]);
  const teams = directory.data?.teams ?? [];

  const range = { from: params.range.from, to: params.range.to, granularity };
  const contacts = useQuery(TrendsContactsQuery, {
    variables: {
      ...range,
      queues: params.queue ? [params.queue] : null,
      channel: params.channel,
      byQueue: params.by === 'queue',
    },
    skip: problem !== null,
    fetchPolicy: 'no-cache',
  });

  const claimQueues = queues
    .filter(
      (q) =>
        q.channel === 'CLAIM_DESK' &&
        (params.channel === null || params.channel === 'CLAIM_DESK') &&
        (params.queue === null || params.queue === q.name),
    )
    .map((q) => q.name);
  const claimsWhy: MessageId | null =
    granularity === 'INTERVAL'
      ? 'trends.claims.byInterval'
      : directory.data && claimQueues.length === 0
        ? 'trends.claims.noQueue'
        : null;
  const claims = useQuery(TrendsClaimsQuery, {
    variables: {
      ...range,
      previousFrom: previous.from,
      previousTo: previous.to,
      queues: claimQueues,
      compare: params.compare,
    },
    skip: problem !== null || !directory.data || claimsWhy !== null,
    fetchPolicy: 'no-cache',
  });

  const agents = useQuery(TrendsAgentsQuery, {
    variables: {
      ...range,
      previousFrom: previous.from,
      previousTo: previous.to,
      teamIds: params.teamId === null ? null : [params.teamId],
      compare: params.compare,
    },
    skip: problem !== null,
    fetchPolicy: 'no-cache',
  });

  const channelTargets = useMemo(() => {
    const targets: Partial<Record<Channel, number[]>> = {};
    for (const q of queues)
      if (params.queue === null || params.queue === q.name) (targets[q.channel] ??= []).push(q.slTarget);
    return targets;
  }, [queues, params.queue]);

  const model = useMemo(
    () =>
      trendsModel({
        labels: {
          current: periodLabels(params.range, granularity),
          previous: periodLabels(previous, granularity),
        },
        compare: params.compare,
        contacts: contacts.data?.queueMetrics ?? null,
        channelTargets,
        claims: claimsWhy === null ? (claims.data ?? null) : null,
        agents: agents.data ?? null,
        today,
      }),
    [
      params.range,
      previous,
      granularity,
      params.compare,
      contacts.data,
      channelTargets,
      claims.data,
      claimsWhy,
      agents.data,
    ],
  );

  const change = (changes: Record<string, string | null>) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  const day = (date: string) => formatPeriod(date, 'DAY', intl.locale, 'long');
  const span = (r: DateRange) => t('trends.span', { from: day(r.from), to: day(r.to) });
  const timeZone =
    contacts.data?.queueMetrics.channels?.[0]?.timeZone ??
    contacts.data?.queueMetrics.queues?.[0]?.timeZone ??
    zone;
  const loading = contacts.loading || claims.loading || agents.loading;
  const contactCharts = model.charts.filter((c) => CONTACT_CHARTS.includes(c.id));
  const claimChart = model.charts.find((c) => c.id === 'claims');
  const agentCharts = model.charts.filter((c) => AGENT_CHARTS.includes(c.id));
  const summedSeries = model.summary.length;

  const exportCsv = () =>
    downloadCsv(
      `servicefloor-trends-${params.range.from}-to-${params.range.to}-${granularity.toLowerCase()}.csv`,
      trendsCsv(model.records),
    );

  const chartCard = (id: ChartId) => {
    const chart = model.charts.find((c) => c.id === id);
    return chart ? (
      <TrendChartCard
        key={id}
        chart={chart}
        granularity={granularity}
        compare={params.compare}
        timeZone={timeZone}
        summedSeries={summedSeries}
      />
    ) : null;
  };

  return (
    <>
      <PageHeader titleId="trends.title" descriptionId="trends.description" />
      <TrendsFilters
        params={params}
        problem={problem}
        usedGranularity={granularity}
        queues={queues}
        teams={teams}
        zone={zone}
        onChange={change}
      />

      <section aria-labelledby="trends-totals" className="card" aria-busy={loading}>
        <div className="section-heading">
          <h2 id="trends-totals">{t('trends.totals')}</h2>
          <button
            type="button"
            className="button button--secondary"
            disabled={model.records.length === 0}
            aria-describedby="trends-export-note"
            onClick={exportCsv}
          >
            <span aria-hidden="true">↓ </span>
            {t('common.exportCsv')}
          </button>
        </div>
        <p id="trends-export-note" className="muted">
          {model.records.length === 0
            ? t('trends.exportNote.empty')
            : t('trends.exportNote', { rows: intl.formatNumber(model.records.length) })}
        </p>
        {problem ? (
          <p className="trends-status">{t('trends.fixDates')}</p>
        ) : (
          <p className="trends-status" aria-live="polite">
            {params.compare
              ? t('trends.showingCompared', {
                  span: span(params.range),
                  granularity,
                  previous: span(previous),
                })
              : t('trends.showing', { span: span(params.range), granularity })}
          </p>
        )}
        {contacts.error ? null : contacts.loading ? (
          <Loading />
        ) : model.summary.length > 0 ? (
          <TrendsSummary
            rows={model.summary}
            seriesName={(row) => seriesName(row.series)}
            compare={params.compare}
            caption={t('trends.summary.caption', { span: span(params.range) })}
          />
        ) : null}
      </section>

      <section aria-labelledby="trends-contacts" className="trends-section">
        <h2 id="trends-contacts">{t('trends.section.contacts')}</h2>
        {problem ? null : contacts.error ? (
          <ErrorMessage message={describeError(contacts.error)} onRetry={() => void contacts.refetch()} />
        ) : directory.error ? (
          <ErrorMessage message={describeError(directory.error)} onRetry={() => void directory.refetch()} />
        ) : contacts.loading || directory.loading ? (
          <Loading />
        ) : queues.length === 0 ? (
          <EmptyState
            titleId="trends.empty.noQueues.title"
            descriptionId="trends.empty.noQueues.description"
          />
        ) : contactCharts.length === 0 ? (
          <div className="empty-state">
            <span className="empty-state__icon" aria-hidden="true">
              ◔
            </span>
            <div>
              <p className="empty-state__title">{t('trends.empty.contacts.title')}</p>
              <p className="empty-state__description">
                {t('trends.empty.contacts.description', {
                  span: span(params.range),
                  scope:
                    params.queue ?? (params.channel ? t(`channel.${params.channel}`) : t('trends.allQueues')),
                })}
              </p>
            </div>
          </div>
        ) : (
          <>
            {model.quietSeries.length > 0 && (
              <p className="muted">
                {t('trends.quietSeries', { names: model.quietSeries.map(seriesName).join(', ') })}
              </p>
            )}
            <div className="card-grid trends-grid">{CONTACT_CHARTS.map(chartCard)}</div>
          </>
        )}
      </section>

      <section aria-labelledby="trends-claims" className="trends-section">
        <h2 id="trends-claims">{t('trends.section.claims')}</h2>
        {problem ? null : claimsWhy ? (
          <p className="muted">{t(claimsWhy)}</p>
        ) : claims.error ? (
          <ErrorMessage message={describeError(claims.error)} onRetry={() => void claims.refetch()} />
        ) : directory.error ? (
          <ErrorMessage message={describeError(directory.error)} />
        ) : claims.loading || !claims.data ? (
          <Loading />
        ) : claimChart ? (
          <div className="card-grid trends-grid">{chartCard('claims')}</div>
        ) : (
          <p className="muted">{t('trends.claims.none', { span: span(params.range) })}</p>
        )}
      </section>

      <section aria-labelledby="trends-agents" className="trends-section">
        <h2 id="trends-agents">{t('trends.section.agents')}</h2>
        {problem ? null : agents.error ? (
          <ErrorMessage message={describeError(agents.error)} onRetry={() => void agents.refetch()} />
        ) : agents.loading || !agents.data ? (
          <Loading />
        ) : agentCharts.length > 0 ? (
          <div className="card-grid trends-grid">{AGENT_CHARTS.map(chartCard)}</div>
        ) : (
          <p className="muted">
            {teams.length === 0
              ? t('trends.agents.noTeams')
              : t('trends.agents.none', { span: span(params.range) })}
          </p>
        )}
      </section>
    </>
  );

  /** Why a query failed, in words: the API's reason per field, its message, or the network. */
  function describeError(error: unknown): string {
    const found = inputProblems(error);
    if (found.network) return t('trends.error.network');
    const reasons = [
      ...Object.entries(found.fields).map(([field, list]) => `${field}: ${list.join('; ')}`),
      ...found.messages,
    ];
    return t('trends.error.api', { reason: reasons.join(' ') });
  }
}
