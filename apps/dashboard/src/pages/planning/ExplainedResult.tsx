import { useIntl } from 'react-intl';
import { useT } from '../../i18n/useT.js';
import { ApiMessage, useApiMessage, type PlanningMessageLike } from './ApiMessage.js';

interface Figures {
  model: string;
  agents: number;
  fractionalAgents: number;
  serviceLevel: number;
  asa: number;
  occupancy: number;
  probWait: number;
  abandonRate?: number | null;
}

/** What the requirement rows and the calculator both answer, explained. */
export interface Explainable {
  explanation: PlanningMessageLike;
  details: readonly PlanningMessageLike[];
  formula: readonly PlanningMessageLike[];
  erlangC?: Figures | null;
  erlangA?: Figures | null;
}

/**
 * A result said in words: the plain sentence, the further sentences (predicted performance,
 * the target that sets the number), Erlang C and Erlang A side by side when patience is known,
 * and the formulas with the reader's own numbers in them behind a disclosure.
 */
export function ExplainedResult({ result }: { result: Explainable }) {
  const t = useT();
  const intl = useIntl();
  const render = useApiMessage();
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('planning.none')
      : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  const n = (v: number) => intl.formatNumber(v, { maximumFractionDigits: 1 });
  const models = [result.erlangC, result.erlangA].filter((m): m is Figures => !!m);
  return (
    <div className="planning-explanation">
      <ApiMessage message={result.explanation} className="planning-sentence planning-sentence--main" />
      {result.details.map((detail, i) => (
        <ApiMessage key={i} message={detail} className="planning-sentence" />
      ))}
      {models.length === 2 && (
        <table className="planning-table planning-compare" data-testid="model-comparison">
          <caption>{t('planning.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.compare.figure')}</th>
              {models.map((m) => (
                <th key={m.model} scope="col" className="numeric">
                  {m.model === 'ERLANG_A' ? t('planning.compare.erlangA') : t('planning.compare.erlangC')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('planning.col.agents')}</th>
              {models.map((m) => (
                <td key={m.model} className="numeric">
                  {m.agents} ({n(m.fractionalAgents)})
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('planning.col.serviceLevel')}</th>
              {models.map((m) => (
                <td key={m.model} className="numeric">
                  {pct(m.serviceLevel)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('planning.col.asa')}</th>
              {models.map((m) => (
                <td key={m.model} className="numeric">
                  {n(m.asa)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('planning.col.occupancy')}</th>
              {models.map((m) => (
                <td key={m.model} className="numeric">
                  {pct(m.occupancy)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('planning.col.probWait')}</th>
              {models.map((m) => (
                <td key={m.model} className="numeric">
                  {pct(m.probWait)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('planning.col.abandon')}</th>
              {models.map((m) => (
                <td key={m.model} className="numeric">
                  {m.model === 'ERLANG_A' ? pct(m.abandonRate) : t('planning.compare.noAbandon')}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      {result.formula.length > 0 && (
        <details className="planning-formula">
          <summary>{t('planning.formula.show')}</summary>
          <ol>
            {result.formula.map((line, i) => (
              <li key={i}>
                <code>{render(line)}</code>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
