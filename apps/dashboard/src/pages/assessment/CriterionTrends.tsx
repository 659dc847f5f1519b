import { useIntl } from 'react-intl';
import { ChartCard } from '../../charts/ChartCard.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { axisCap, formatFigure, formatMonth } from './formatFigure.js';
import type { ScorecardData } from './scorecardCsv.js';
import { useCriterionName } from './useCriterionName.js';

type Row = { month: string; actual: number | null; frozen: number | null };

/** One chart per criterion: the month-by-month figure, as frozen (dashed) and recomputed, against its target. */
export function CriterionTrends({ data }: { data: ScorecardData }) {
  const t = useT();
  const intl = useIntl();
  const name = useCriterionName();
  return (
    <div className="assessment-trends">
      {data.criteria.map((c) => {
        const kind = c.criterion;
        const rows: Row[] = c.months.map((m) => ({
          month: m.month,
          actual: m.score.actual,
          frozen: m.frozen?.score.actual ?? null,
        }));
        const format = (v: number) => formatFigure(intl, kind, v);
        return (
          <ChartCard<Row>
            key={kind.key}
            id={`trend-${kind.key}`}
            titleId="assessment.trendTitle"
            title={t('assessment.trendTitle', {
              criterion: name(kind),
              unit: t(`assessment.unit.${kind.metric === 'NPS' ? 'NPS' : kind.unit}` as MessageId),
            })}
            descriptionId="assessment.trendDescription"
            chart={{
              data: rows,
              index: 'month',
              categories: ['actual', 'frozen'],
              labels: { actual: t('assessment.recomputed'), frozen: t('assessment.frozen') },
              colours: { actual: 0, frozen: 0 },
              dashed: ['frozen'],
              valueFormatter: format,
              indexFormatter: (v) => formatMonth(intl, String(v)),
              yAxisLabel: t(`assessment.unit.${kind.metric === 'NPS' ? 'NPS' : kind.unit}` as MessageId),
              valueAxis: { maxValue: axisCap(kind) },
              referenceLines: [
                { value: kind.target, label: t('assessment.targetLine', { target: format(kind.target) }) },
              ],
              description: t('assessment.trendDescription'),
              height: 200,
            }}
          />
        );
      })}
    </div>
  );
}
