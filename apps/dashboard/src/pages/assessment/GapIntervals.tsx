import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { Loading } from '../../components/StatusMessage.js';
import type { ServiceLevelGapQuery as GapData } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';

const GapChart = lazy(() => import('./GapChart.js'));

type Row = GapData['serviceLevelGap']['dayIntervals'][number];

/** An interval's parts (agents), in the order of the month's parts. */
const INTERVAL_PARTS = [
  'forecastError',
  'scheduleFit',
  'shrinkageAbovePlan',
  'adherenceLoss',
  'withoutSchedule',
] as const;

/**
 * One day of the service-level gap, interval by interval, in agents: a stacked chart of the
 * intervals short, and a table of each such interval — needed for the actual demand and for the
 * forecast, scheduled to work, delivered, and the shortfall split (an interval without a published
 * schedule says so instead of a split). Choosing an interval spells its split out in a sentence.
 */
export function GapIntervals({ rows, title }: { rows: readonly Row[]; title: string }) {
  const t = useT();
  const intl = useIntl();
  const [chosen, setChosen] = useState<string | null>(null);
  const short = rows.filter((r) => r.gap > 1e-9);
  const agents = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : intl.formatNumber(v, { maximumFractionDigits: 1 });
  const label = (key: (typeof INTERVAL_PARTS)[number]) => t(`assessment.gap.${key}Hours` as MessageId);
  const selected = short.find((r) => r.time === chosen);
  return (
    <div className="assessment-gap__day" data-testid="gap-intervals">
      <h3>{t('assessment.gap.dayTitle', { day: title })}</h3>
      <p className="muted">{t('assessment.gap.dayDescription')}</p>
      {short.length === 0 ? (
        <p>{t('assessment.gap.noShortIntervals')}</p>
      ) : (
        <>
          <Suspense fallback={<Loading />}>
            <GapChart
              rows={rows.map((r) => ({
                time: r.time,
                ...Object.fromEntries(INTERVAL_PARTS.map((k) => [k, r.gap > 1e-9 ? r[k] : null])),
              }))}
              parts={INTERVAL_PARTS.filter((k) => short.some((r) => r[k] !== null)).map((k) => ({
                key: k,
                label: t('assessment.gap.legend', { part: label(k), unit: t('assessment.gap.intervalAxis') }),
                colour: INTERVAL_PARTS.indexOf(k),
              }))}
              categoryKey="time"
              categoryFormatter={(v) => v}
              valueFormatter={(v) => intl.formatNumber(v, { maximumFractionDigits: 1 })}
              yAxisLabel={t('assessment.gap.intervalAxis')}
              description={t('assessment.gap.intervalChartDescription', { day: title })}
              onSelect={setChosen}
            />
          </Suspense>
          {selected && (
            <p role="status" data-testid="gap-interval-sentence">
              {selected.hasSchedule
                ? t('assessment.gap.intervalSentence', {
                    time: selected.time,
                    gap: agents(selected.gap),
                    forecast: agents(selected.forecastError),
                    fit: agents(selected.scheduleFit),
                    shrinkage: agents(selected.shrinkageAbovePlan),
                    adherence: agents(selected.adherenceLoss),
                  })
                : t('assessment.gap.intervalSentenceNoSchedule', {
                    time: selected.time,
                    gap: agents(selected.gap),
                    forecast: agents(selected.forecastError),
                  })}
            </p>
          )}
          <div className="data-table__scroll">
            <table data-testid="gap-interval-table">
              <caption>{t('assessment.gap.intervalTable', { day: title, count: short.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessment.gap.col.time')}</th>
                  <th scope="col" className="numeric">
                    {t('assessment.gap.col.required')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('assessment.gap.col.forecast')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('assessment.gap.col.scheduled')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('assessment.gap.col.delivered')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('assessment.gap.col.gap')}
                  </th>
                  {INTERVAL_PARTS.map((k) => (
                    <th key={k} scope="col" className="numeric">
                      {label(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {short.map((r) => (
                  <tr key={r.start} aria-selected={chosen === r.time ? true : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={chosen === r.time}
                        onClick={() => setChosen(chosen === r.time ? null : r.time)}
                      >
                        {r.time}
                      </button>
                    </th>
                    <td className="numeric">{agents(r.requiredActual)}</td>
                    <td className="numeric">{agents(r.requiredForecast)}</td>
                    <td className="numeric">
                      {r.hasSchedule ? agents(r.scheduled) : t('assessment.gap.noScheduleCell')}
                    </td>
                    <td className="numeric">{agents(r.delivered)}</td>
                    <td className="numeric">{agents(r.gap)}</td>
                    {INTERVAL_PARTS.map((k) => (
                      <td key={k} className="numeric">
                        {agents(r[k])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
