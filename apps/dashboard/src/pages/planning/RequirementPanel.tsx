import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { inputProblems } from '../../apollo/inputProblems.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { useT } from '../../i18n/useT.js';
import { ApiMessage } from './ApiMessage.js';
import { ExplainedResult } from './ExplainedResult.js';
import { NO_WHAT_IF, whatIfInput, type WhatIfForm } from './planningModel.js';
import { PlanningRequirementsQuery } from './planningQueries.js';

const PlanningChart = lazy(() => import('./PlanningChart.js'));

/** The what-if recomputes this long after the last keystroke (one request per pause, not per key). */
const WHAT_IF_PAUSE_MS = 250;

/**
 * The requirement of one queue on one local day, per 15-minute interval: agents needed,
 * predicted service level, ASA, occupancy and scheduled staff after shrinkage, as a chart and a
 * table; the what-if inputs (volume ±%, AHT, target, shrinkage) recompute it at once. Selecting
 * an interval explains it: the sentence, the formulas with its numbers, Erlang C beside Erlang A.
 */
export function RequirementPanel({ queue, date, today }: { queue: string; date: string; today: string }) {
  const t = useT();
  const intl = useIntl();
  const formId = useId();
  const [form, setForm] = useState<WhatIfForm>(NO_WHAT_IF);
  const [whatIf, setWhatIf] = useState<Record<string, number>>({});
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setWhatIf(whatIfInput(form)), WHAT_IF_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [form]);

  const weeksAhead = Math.min(6, Math.floor((Date.parse(date) - Date.parse(today)) / (7 * 86_400_000)) + 1);
  const result = useQuery(PlanningRequirementsQuery, {
    variables: {
      input: {
        forecast: { queues: [queue], horizonWeeks: weeksAhead },
        queues: [queue],
        from: date,
        to: date,
        whatIf,
      },
      date,
    },
  });
  const data = result.data ?? result.previousData;
  const report = data?.staffingRequirements.queues.find((q) => q.queue === queue);
  const problems = result.error ? inputProblems(result.error) : null;
  const rows = report?.rows ?? [];
  const peak = rows.reduce((best, row, i) => (row.agents > (rows[best]?.agents ?? -1) ? i : best), 0);
  const shown = rows.length === 0 ? null : rows[Math.min(selected ?? peak, rows.length - 1)];
  const withA = report?.model === 'ERLANG_A';

  const n = (v: number | null | undefined, digits = 1) =>
    v === null || v === undefined
      ? t('planning.none')
      : intl.formatNumber(v, { maximumFractionDigits: digits });
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('planning.none')
      : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  const field = (
    name: keyof WhatIfForm,
    labelId: Parameters<typeof t>[0],
    unitId: Parameters<typeof t>[0],
    apiField: string,
  ) => {
    const errors = Object.entries(problems?.fields ?? {})
      .filter(([key]) => key === apiField || key.endsWith(`.${apiField}`))
      .flatMap(([, reasons]) => reasons);
    return (
      <div className={`field${errors.length ? ' field--invalid' : ''}`}>
        <label htmlFor={`${formId}-${name}`}>
          {t(labelId)} <span className="planning-unit">({t(unitId)})</span>
        </label>
        <input
          id={`${formId}-${name}`}
          name={name}
          inputMode="decimal"
          value={form[name]}
          placeholder={name === 'volumePercent' ? undefined : t('planning.whatIf.queueDefault')}
          aria-invalid={errors.length > 0}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        />
        {errors.map((reason) => (
          <p key={reason} className="field__error">
            {reason}
          </p>
        ))}
      </div>
    );
  };

  return (
    <section className="card planning-panel" aria-labelledby="planning-requirements">
      <h2 id="planning-requirements">{t('planning.requirements')}</h2>
      <p className="planning-panel__about">{t('planning.requirements.about', { date })}</p>
      <form
        className="planning-what-if"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('planning.whatIf')}
      >
        {field('volumePercent', 'planning.whatIf.volume', 'planning.unit.percent', 'volumeChange')}
        {field('ahtSeconds', 'planning.whatIf.aht', 'planning.unit.seconds', 'ahtSeconds')}
        {field('targetPercent', 'planning.whatIf.target', 'planning.unit.percent', 'targetServiceLevel')}
        {field('shrinkagePercent', 'planning.whatIf.shrinkage', 'planning.unit.percent', 'shrinkage')}
        <button type="button" className="button button--secondary" onClick={() => setForm(NO_WHAT_IF)}>
          {t('planning.whatIf.reset')}
        </button>
      </form>
      {result.loading && (
        <p className="planning-recomputing" role="status">
          {t('planning.recomputing')}
        </p>
      )}
      {problems && problems.messages.length > 0 && <ErrorMessage message={problems.messages.join(' ')} />}
      {!data && result.loading && <Loading />}
      {report?.problem && <p className="planning-problem">{report.problem}</p>}
      {report && !report.problem && (
        <>
          <p className="planning-sentence" data-testid="requirement-totals">
            {t('planning.requirements.totals', {
              volume: n(report.totals.volume, 0),
              peak: report.totals.peakAgents,
              agentHours: n(report.totals.agentHours),
              scheduledHours: n(report.totals.scheduledHours),
              target: pct(report.inputs.targetServiceLevel),
              threshold: report.inputs.thresholdSeconds,
              shrinkage: pct(report.inputs.shrinkage),
            })}
          </p>
          <ApiMessage message={report.patience.explanation} className="planning-note" />
          {report.intervalMinutes === 15 && rows.length > 0 && (
            <Suspense fallback={<Loading />}>
              <PlanningChart
                data={rows.map((row) => ({
                  x: row.label.slice(0, 5),
                  agents: row.agents,
                  erlangC: withA ? (row.erlangC?.agents ?? null) : null,
                  scheduled: row.scheduledAgents,
                }))}
                lines={[
                  {
                    key: 'agents',
                    label: t('planning.requirements.agentsLine', { model: report.model }),
                    colour: 0,
                    step: true,
                  },
                  ...(withA
                    ? [
                        {
                          key: 'erlangC',
                          label: t('planning.requirements.erlangCLine'),
                          colour: 3,
                          dash: '2 3',
                          step: true,
                        },
                      ]
                    : []),
                  {
                    key: 'scheduled',
                    label: t('planning.requirements.scheduledLine'),
                    colour: 1,
                    dash: '6 3',
                    step: true,
                  },
                ]}
                xAxisLabel={t('planning.axis.interval', { zone: report.timeZone })}
                yAxisLabel={t('planning.axis.agents')}
                valueFormatter={(v) => intl.formatNumber(v, { maximumFractionDigits: 1 })}
                integer
                description={t('planning.requirements.chartDescription', { queue, date })}
              />
            </Suspense>
          )}
          <div className="planning-scroll planning-scroll--tall">
            <table className="planning-table" data-testid="requirement-table">
              <caption className="visually-hidden">
                {t('planning.requirements.tableCaption', { queue, date })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('planning.col.interval')}</th>
                  <th scope="col" className="numeric">
                    {t('planning.col.volume')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('planning.col.aht')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('planning.col.agents')}
                  </th>
                  {withA && (
                    <th scope="col" className="numeric">
                      {t('planning.col.erlangC')}
                    </th>
                  )}
                  <th scope="col" className="numeric">
                    {t('planning.col.serviceLevel')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('planning.col.asa')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('planning.col.occupancy')}
                  </th>
                  {withA && (
                    <th scope="col" className="numeric">
                      {t('planning.col.abandon')}
                    </th>
                  )}
                  <th scope="col" className="numeric">
                    {t('planning.col.scheduled')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={row.start} aria-selected={row === shown}>
                    <th scope="row">
                      <button
                        type="button"
                        className="planning-row-button"
                        aria-pressed={row === shown}
                        onClick={() => setSelected(i)}
                      >
                        {row.label}
                        <span className="visually-hidden"> {t('planning.explain')}</span>
                      </button>
                    </th>
                    <td className="numeric">{n(row.volume)}</td>
                    <td className="numeric">{n(row.ahtSeconds, 0)}</td>
                    <td className="numeric" data-testid="agents">
                      <strong>{row.agents}</strong>{' '}
                      <span className="planning-fraction">({n(row.fractionalAgents)})</span>
                    </td>
                    {withA && <td className="numeric">{row.erlangC?.agents ?? t('planning.none')}</td>}
                    <td className="numeric">{pct(row.serviceLevel)}</td>
                    <td className="numeric">{n(row.asa)}</td>
                    <td className="numeric">{pct(row.occupancy)}</td>
                    {withA && <td className="numeric">{pct(row.abandonRate)}</td>}
                    <td className="numeric">
                      {row.scheduledAgents}{' '}
                      <span className="planning-fraction">({n(row.scheduledStaff)})</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown && (
            <div className="planning-explained" data-testid="requirement-explained">
              <h3>{t('planning.requirements.explainedTitle', { interval: shown.label })}</h3>
              <ExplainedResult result={shown} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
