import { useIntl } from 'react-intl';
import { ChartCard } from '../../charts/ChartCard.js';
import { chartHasValues, extremesOf } from '../../charts/chartData.js';
import { formatInSiteZone } from '../../format/formatInSiteZone.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { PREVIOUS, type ChartRow } from './alignPeriods.js';
import type { Granularity } from './dateRange.js';
import { formatFigure } from './figureFormat.js';
import { formatPeriod } from './formatPeriod.js';
import type { ChartId, ChartLine, ChartUnit, LineFigure, SeriesRef, TrendChart } from './trendsModel.js';

const TEXT: Record<ChartId, { titleId: MessageId; descriptionId: MessageId }> = {
  serviceLevel: {
    titleId: 'trends.chart.serviceLevel',
    descriptionId: 'trends.chart.serviceLevel.description',
  },
  asa: { titleId: 'trends.chart.asa', descriptionId: 'trends.chart.asa.description' },
  aht: { titleId: 'trends.chart.aht', descriptionId: 'trends.chart.aht.description' },
  abandonRate: { titleId: 'trends.chart.abandonRate', descriptionId: 'trends.chart.abandonRate.description' },
  volume: { titleId: 'trends.chart.volume', descriptionId: 'trends.chart.volume.description' },
  csat: { titleId: 'trends.chart.csat', descriptionId: 'trends.chart.csat.description' },
  fcr: { titleId: 'trends.chart.fcr', descriptionId: 'trends.chart.fcr.description' },
  claims: { titleId: 'trends.chart.claims', descriptionId: 'trends.chart.claims.description' },
  occupancy: { titleId: 'trends.chart.occupancy', descriptionId: 'trends.chart.occupancy.description' },
  shrinkage: { titleId: 'trends.chart.shrinkage', descriptionId: 'trends.chart.shrinkage.description' },
};

const AXIS: Record<ChartUnit, MessageId> = {
  percent: 'trends.axis.percent',
  seconds: 'trends.axis.seconds',
  contacts: 'trends.axis.contacts',
  claims: 'trends.axis.claims',
};

const FIGURES: Record<LineFigure, MessageId> = {
  offered: 'metric.offered',
  answered: 'trends.figure.answered',
  abandoned: 'trends.figure.abandoned',
  backlog: 'trends.figure.backlog',
  settledWithinSla: 'trends.figure.settledWithinSla',
};

/** The name of a series in the reader's language (channels are translated, names are not). */
export function useSeriesName(): (series: SeriesRef) => string {
  const t = useT();
  return (series) => (series.kind === 'channel' ? t(`channel.${series.channel}`) : series.name);
}

/**
 * One chart of the Trends page: the model's lines with their previous period dashed, labelled
 * axes with units, a tooltip naming the period and the one compared with (in the site's zone and
 * the reader's locale), a spoken summary and the figures as a hidden table.
 */
export function TrendChartCard({
  chart,
  granularity,
  compare,
  timeZone,
  summedSeries,
}: {
  chart: TrendChart;
  granularity: Granularity;
  compare: boolean;
  timeZone: string;
  /** For the volume chart: how many series are added up. */
  summedSeries: number;
}) {
  const t = useT();
  const { locale } = useIntl();
  const seriesName = useSeriesName();
  const text = TEXT[chart.id];

  const lineName = (line: ChartLine) =>
    [line.series && seriesName(line.series), line.figure && t(FIGURES[line.figure])]
      .filter(Boolean)
      .join(' · ');
  const categories: string[] = [];
  const labels: Record<string, string> = {};
  const colours: Record<string, number> = {};
  const dashed: string[] = [];
  for (const line of chart.lines) {
    const name = lineName(line);
    categories.push(line.key);
    labels[line.key] = name;
    colours[line.key] = line.colour;
    if (compare) {
      categories.push(line.key + PREVIOUS);
      labels[line.key + PREVIOUS] = t('trends.previousOf', { name });
      colours[line.key + PREVIOUS] = line.colour;
      dashed.push(line.key + PREVIOUS);
    }
  }

  const tick = (label: unknown) => formatPeriod(String(label), granularity, locale, 'tick');
  const axisValue = (v: number) => formatFigure(v, chart.unit, locale, true);
  const periodName = (label: string, periodStart: string | null) => {
    if (granularity === 'INTERVAL' && periodStart) {
      // The zone's abbreviation tells the two 01:00s of the night clocks go back apart.
      return formatInSiteZone(periodStart, timeZone, locale, {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      });
    }
    const long = formatPeriod(label, granularity, locale, 'long');
    return granularity === 'WEEK' ? t('trends.weekOf', { date: long }) : long;
  };
  const value = (v: number) => formatFigure(v, chart.unit, locale);

  const summaryParts = [
    t('trends.chart.summary', {
      title: t(text.titleId),
      periods: chart.rows.length,
      from: chart.rows.length ? periodName(chart.rows[0].label, chart.rows[0].periodStart) : '',
      to: chart.rows.length ? periodName(chart.rows[chart.rows.length - 1].label, null) : '',
    }),
    ...chart.lines.flatMap((line) => {
      const extremes = extremesOf(chart.rows, line.key);
      if (!extremes) return [t('trends.chart.summary.empty', { name: lineName(line) })];
      return [
        t('trends.chart.summary.series', {
          name: lineName(line),
          low: value(extremes.low.value),
          lowPeriod: periodName(extremes.low.row.label, extremes.low.row.periodStart),
          high: value(extremes.high.value),
          highPeriod: periodName(extremes.high.row.label, extremes.high.row.periodStart),
        }),
      ];
    }),
    ...chart.targets.map((target) => targetLabel(target)),
    compare ? t('trends.chart.summary.previous') : '',
  ];

  function targetLabel(target: TrendChart['targets'][number]): string {
    const percent = formatFigure(target.value, 'percent', locale);
    return chart.targets.length === 1
      ? t('trends.target', { value: percent })
      : t('trends.targetFor', { value: percent, series: target.series.map(seriesName).join(', ') });
  }

  return (
    <ChartCard<ChartRow>
      id={chart.id}
      titleId={text.titleId}
      descriptionId={text.descriptionId}
      description={t(text.descriptionId, { series: summedSeries })}
      summary={summaryParts.filter(Boolean).join(' ')}
      emptyText={t('trends.chart.noValues')}
      notes={
        chart.hiddenSeries > 0 && chartHasValues(chart.rows, categories) ? (
          <p className="chart-card__note">
            {t('trends.hiddenSeries', { shown: chart.lines.length, hidden: chart.hiddenSeries })}
          </p>
        ) : null
      }
      rowHeader={(row) =>
        compare && row.previousLabel
          ? `${periodName(row.label, row.periodStart)} (${t('trends.tooltip.previous', {
              period: periodName(row.previousLabel, row.previousPeriodStart),
            })})`
          : periodName(row.label, row.periodStart)
      }
      chart={{
        data: chart.rows,
        index: 'label',
        categories,
        labels,
        colours,
        dashed,
        valueFormatter: value,
        axisFormatter: axisValue,
        indexFormatter: tick,
        tooltipTitle: (row) =>
          compare && row.previousLabel
            ? [
                periodName(row.label, row.periodStart),
                t('trends.tooltip.previous', {
                  period: periodName(row.previousLabel, row.previousPeriodStart),
                }),
              ]
            : [periodName(row.label, row.periodStart)],
        yAxisLabel: t(AXIS[chart.unit]),
        valueAxis:
          chart.unit === 'percent'
            ? { maxValue: 1 }
            : { integer: chart.unit === 'contacts' || chart.unit === 'claims' },
        referenceLines: chart.targets.map((target) => ({ value: target.value, label: targetLabel(target) })),
        description: t(text.titleId),
      }}
    />
  );
}
