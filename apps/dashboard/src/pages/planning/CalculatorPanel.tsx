import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { inputProblems } from '../../apollo/inputProblems.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { StaffingCalculatorInput } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { ExplainedResult } from './ExplainedResult.js';
import { parseTyped } from './planningModel.js';
import { PlanningCalculatorQuery } from './planningQueries.js';

/** Recomputes this long after the last keystroke. */
const PAUSE_MS = 250;

interface CalculatorForm {
  volume: string;
  ahtSeconds: string;
  targetPercent: string;
  thresholdSeconds: string;
  shrinkagePercent: string;
  patienceSeconds: string;
}

const FIELDS: readonly { name: keyof CalculatorForm; labelId: MessageId; unitId: MessageId; api: string }[] =
  [
    {
      name: 'volume',
      labelId: 'planning.calculator.volume',
      unitId: 'planning.unit.contacts15',
      api: 'volume',
    },
    {
      name: 'ahtSeconds',
      labelId: 'planning.whatIf.aht',
      unitId: 'planning.unit.seconds',
      api: 'ahtSeconds',
    },
    {
      name: 'targetPercent',
      labelId: 'planning.whatIf.target',
      unitId: 'planning.unit.percent',
      api: 'targetServiceLevel',
    },
    {
      name: 'thresholdSeconds',
      labelId: 'planning.calculator.threshold',
      unitId: 'planning.unit.seconds',
      api: 'thresholdSeconds',
    },
    {
      name: 'shrinkagePercent',
      labelId: 'planning.whatIf.shrinkage',
      unitId: 'planning.unit.percent',
      api: 'shrinkage',
    },
    {
      name: 'patienceSeconds',
      labelId: 'planning.calculator.patience',
      unitId: 'planning.unit.seconds',
      api: 'patienceSeconds',
    },
  ];

/** The calculator's numbers as the API's StaffingCalculatorInput (null while a required one is missing). */
function calculatorInput(form: CalculatorForm, queue: string): StaffingCalculatorInput | null {
  const volume = parseTyped(form.volume);
  const aht = parseTyped(form.ahtSeconds);
  if (volume === null || aht === null) return null;
  const input: StaffingCalculatorInput = { queue, volume, ahtSeconds: aht, intervalMinutes: 15 };
  const target = parseTyped(form.targetPercent);
  if (target !== null) input.targetServiceLevel = target / 100;
  const threshold = parseTyped(form.thresholdSeconds);
  if (threshold !== null) input.thresholdSeconds = Math.round(threshold);
  const shrinkage = parseTyped(form.shrinkagePercent);
  if (shrinkage !== null) input.shrinkage = shrinkage / 100;
  const patience = parseTyped(form.patienceSeconds);
  if (patience !== null) input.patienceSeconds = patience;
  return input;
}

/**
 * A quick single-interval calculator beside the full plan: contacts and AHT in, agents out,
 * explained (the queue's target, threshold, shrinkage and patience unless typed over).
 */
export function CalculatorPanel({
  queue,
}: {
  queue: { name: string; slTarget: number; slThresholdSeconds: number };
}) {
  const t = useT();
  const formId = useId();
  const [form, setForm] = useState<CalculatorForm>({
    volume: '120',
    ahtSeconds: '240',
    targetPercent: String(Math.round(queue.slTarget * 1000) / 10),
    thresholdSeconds: String(queue.slThresholdSeconds),
    shrinkagePercent: '',
    patienceSeconds: '',
  });
  const [input, setInput] = useState(() => calculatorInput(form, queue.name));
  useEffect(() => {
    const timer = setTimeout(() => setInput(calculatorInput(form, queue.name)), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [form, queue.name]);
  const result = useQuery(PlanningCalculatorQuery, {
    variables: { input: input ?? { volume: 0, ahtSeconds: 1 } },
    skip: input === null,
  });
  const answer = (result.data ?? result.previousData)?.staffingCalculator;
  const problems = result.error ? inputProblems(result.error) : null;

  return (
    <section className="card planning-panel" aria-labelledby="planning-calculator">
      <h2 id="planning-calculator">{t('planning.calculator')}</h2>
      <p className="planning-panel__about">{t('planning.calculator.about', { queue: queue.name })}</p>
      <form className="planning-form planning-form--grid" onSubmit={(e) => e.preventDefault()}>
        {FIELDS.map((field) => {
          const errors = problems?.fields[`input.${field.api}`] ?? [];
          return (
            <div key={field.name} className={`field${errors.length ? ' field--invalid' : ''}`}>
              <label htmlFor={`${formId}-${field.name}`}>
                {t(field.labelId)} <span className="planning-unit">({t(field.unitId)})</span>
              </label>
              <input
                id={`${formId}-${field.name}`}
                name={field.name}
                inputMode="decimal"
                value={form[field.name]}
                placeholder={t('planning.whatIf.queueDefault')}
                aria-invalid={errors.length > 0}
                onChange={(e) => setForm({ ...form, [field.name]: e.target.value })}
              />
              {errors.map((reason) => (
                <p key={reason} className="field__error">
                  {reason}
                </p>
              ))}
            </div>
          );
        })}
      </form>
      {input === null && <p className="planning-problem">{t('planning.calculator.needInputs')}</p>}
      {problems && problems.messages.length > 0 && <ErrorMessage message={problems.messages.join(' ')} />}
      {result.loading && !answer && <Loading />}
      {answer && input !== null && (
        <div data-testid="calculator-answer" aria-live="polite">
          <p className="planning-big">
            <span className="planning-big__number" data-testid="calculator-agents">
              {answer.agents}
            </span>{' '}
            {t('planning.calculator.agentsUnit', {
              agents: answer.agents,
              scheduled: answer.scheduledAgents,
            })}
          </p>
          <ExplainedResult result={answer} />
        </div>
      )}
    </section>
  );
}
