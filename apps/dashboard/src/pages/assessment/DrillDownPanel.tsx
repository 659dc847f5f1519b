import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { AssessmentDrillDownQuery as DrillData } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { AssessmentDrillDownQuery } from './assessmentQueries.js';
import { formatFigure, formatMonth } from './formatFigure.js';
import type { ScorecardData } from './scorecardCsv.js';
import { useCriterionName } from './useCriterionName.js';

type Criterion = ScorecardData['criteria'][number];

/**
 * From a criterion to its months, then its queues, its teams and agents, and a sample of the
 * contacts (or evaluations, sessions, claims) behind the figure. Schedule adherence goes from its
 * teams to their agents and to an agent's days (adherent and scheduled minutes).
 */
export function DrillDownPanel({
  setId,
  criterion,
  month,
  onMonth,
  onClose,
}: {
  setId: number;
  criterion: Criterion;
  month: string;
  onMonth: (month: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const name = useCriterionName();
  const [queue, setQueue] = useState<string | null>(null);
  const [teamId, setTeamId] = useState<number | null>(null);
  const [agentId, setAgentId] = useState<string | null>(null);
  const kind = criterion.criterion;
  const byDays = kind.metric === 'SCHEDULE_ADHERENCE';
  const { data, loading, error, refetch } = useQuery(AssessmentDrillDownQuery, {
    variables: { setId, criterion: kind.key, month, queue, teamId, agentId: byDays ? agentId : null },
    fetchPolicy: 'no-cache',
  });
  const d = data?.assessmentDrillDown;
  const figure = (v: number | null) => formatFigure(intl, kind, v);
  const at = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const columns = sampleColumns(d?.sampleKind ?? 'NONE');
  return (
    <section
      className="card assessment-drill no-print"
      aria-labelledby="assessment-drill-title"
      data-testid="drill-down"
    >
      <div className="section-heading">
        <h2 id="assessment-drill-title">{t('assessment.drill.title', { criterion: name(kind) })}</h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('assessment.drill.close')}
        </button>
      </div>
      <h3>{t('assessment.drill.months')}</h3>
      <div className="assessment-drill__months" role="group" aria-label={t('assessment.drill.months')}>
        {criterion.months.map((m) => (
          <button
            key={m.month}
            type="button"
            className={`button ${m.month === month ? '' : 'button--secondary'}`}
            aria-pressed={m.month === month}
            onClick={() => {
              setQueue(null);
              setTeamId(null);
              setAgentId(null);
              onMonth(m.month);
            }}
          >
            {formatMonth(intl, m.month)} · {figure(m.score.actual)}
          </button>
        ))}
      </div>
      {loading && <Loading />}
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {d && (
        <>
          <p>
            {t('assessment.drill.value', { month: formatMonth(intl, month, 'long'), value: figure(d.value) })}
            {queue && ` · ${queue}`}
          </p>
          {d.queues.length > 0 && (
            <RowsTable
              title={t('assessment.drill.queues')}
              rows={d.queues}
              format={figure}
              selected={queue}
              onSelect={(row) => setQueue(queue === row.name ? null : row.name)}
            />
          )}
          {d.byAgent ? (
            <>
              <RowsTable
                title={t('assessment.drill.teams')}
                rows={d.teams}
                format={figure}
                selected={teamId === null ? null : String(teamId)}
                selectBy="id"
                volumeLabel={byDays ? t('assessment.drill.col.scheduledHours') : undefined}
                onSelect={(row) => {
                  setTeamId(teamId === Number(row.id) ? null : Number(row.id));
                  setAgentId(null);
                }}
              />
              {d.agents.length > 0 && (
                <RowsTable
                  title={byDays ? t('assessment.drill.agentsByDay') : t('assessment.drill.agents')}
                  rows={d.agents}
                  format={figure}
                  volumeLabel={byDays ? t('assessment.drill.col.scheduledHours') : undefined}
                  {...(byDays
                    ? {
                        selected: agentId,
                        selectBy: 'id' as const,
                        onSelect: (row: { id: string }) => setAgentId(agentId === row.id ? null : row.id),
                      }
                    : {})}
                />
              )}
              {byDays && d.agentId && (
                <AgentDays
                  name={d.agents.find((a) => a.id === d.agentId)?.name ?? d.agentId}
                  days={d.agentDays}
                />
              )}
            </>
          ) : (
            <p className="muted">{t('assessment.drill.notByAgent')}</p>
          )}
          {!byDays && <h3>{t(`assessment.drill.sample.${d.sampleKind}` as MessageId)}</h3>}
          {byDays ? null : d.sample.length === 0 ? (
            <p className="muted">{t('assessment.drill.noSample')}</p>
          ) : (
            <div className="data-table__scroll">
              <table data-testid="drill-sample">
                <thead>
                  <tr>
                    <th scope="col">{t('assessment.drill.col.id')}</th>
                    <th scope="col">{t('assessment.drill.col.at')}</th>
                    {columns.map((c) => (
                      <th key={c} scope="col">
                        {t(`assessment.drill.col.${c}` as MessageId)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {d.sample.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.id}</th>
                      <td>{at(row.at)}</td>
                      {columns.map((c) => (
                        <td key={c}>{cell(row, c, intl, t)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

type SampleRow = DrillData['assessmentDrillDown']['sample'][number];
type AgentDay = DrillData['assessmentDrillDown']['agentDays'][number];

/** One agent's days of the month against the published schedule: minutes scheduled and adherent. */
function AgentDays({ name, days }: { name: string; days: readonly AgentDay[] }) {
  const t = useT();
  const intl = useIntl();
  const minutes = (v: number) =>
    intl.formatNumber(v, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 });
  const share = (v: number | null) =>
    v === null ? '—' : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  if (days.length === 0) return <p className="muted">{t('assessment.drill.noAgentDays', { agent: name })}</p>;
  return (
    <div className="data-table__scroll">
      <table data-testid="drill-agent-days">
        <caption>{t('assessment.drill.agentDays', { agent: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.drill.col.date')}</th>
            <th scope="col" className="numeric">
              {t('assessment.drill.col.scheduledMinutes')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.drill.col.adherentMinutes')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.drill.col.adherence')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.drill.col.loggedInMinutes')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.drill.col.conformance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">
                {intl.formatDate(`${d.date}T12:00:00Z`, {
                  weekday: 'short',
                  month: 'short',
                  day: 'numeric',
                  timeZone: 'UTC',
                })}
              </th>
              <td className="numeric">{minutes(d.scheduledMinutes)}</td>
              <td className="numeric">{minutes(d.adherentMinutes)}</td>
              <td className="numeric">{share(d.adherence)}</td>
              <td className="numeric">{minutes(d.loggedInMinutes)}</td>
              <td className="numeric">{share(d.conformance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Column =
  | 'queue'
  | 'agentId'
  | 'waitSeconds'
  | 'outcome'
  | 'csat'
  | 'nps'
  | 'resolved'
  | 'score'
  | 'evaluator'
  | 'hours'
  | 'topic'
  | 'cycleHours';

function sampleColumns(kind: string): Column[] {
  switch (kind) {
    case 'CONTACTS':
      return ['queue', 'agentId', 'waitSeconds', 'outcome', 'csat', 'nps', 'resolved'];
    case 'EVALUATIONS':
      return ['agentId', 'score', 'evaluator'];
    case 'TRAINING':
      return ['agentId', 'hours', 'topic'];
    case 'CLAIMS':
      return ['queue', 'agentId', 'cycleHours'];
    default:
      return [];
  }
}

function cell(
  row: SampleRow,
  column: Column,
  intl: ReturnType<typeof useIntl>,
  t: ReturnType<typeof useT>,
): string {
  const value = row[column];
  if (value === null || value === undefined) return '—';
  if (column === 'outcome') return t(`assessment.outcome.${String(value)}` as MessageId);
  if (column === 'resolved') return t(value ? 'assessment.yes' : 'assessment.no');
  if (column === 'waitSeconds')
    return intl.formatNumber(Number(value), {
      style: 'unit',
      unit: 'second',
      unitDisplay: 'short',
      maximumFractionDigits: 0,
    });
  if (column === 'hours' || column === 'cycleHours')
    return intl.formatNumber(Number(value), {
      style: 'unit',
      unit: 'hour',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
  return typeof value === 'number' ? intl.formatNumber(value, { maximumFractionDigits: 1 }) : String(value);
}

function RowsTable({
  title,
  rows,
  format,
  selected,
  selectBy = 'name',
  onSelect,
  volumeLabel,
}: {
  title: string;
  rows: readonly { id: string; name: string; value: number | null; volume: number }[];
  format: (v: number | null) => string;
  selected?: string | null;
  selectBy?: 'id' | 'name';
  onSelect?: (row: { id: string; name: string }) => void;
  /** What the volume column counts, when not the criterion's usual base. */
  volumeLabel?: string;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="data-table__scroll">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.drill.col.name')}</th>
            <th scope="col" className="numeric">
              {t('assessment.drill.col.value')}
            </th>
            <th scope="col" className="numeric">
              {volumeLabel ?? t('assessment.drill.col.volume')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} aria-selected={selected === row[selectBy] ? true : undefined}>
              <th scope="row">
                {onSelect ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={selected === row[selectBy]}
                    onClick={() => onSelect(row)}
                  >
                    {row.name}
                  </button>
                ) : (
                  row.name
                )}
              </th>
              <td className="numeric">{format(row.value)}</td>
              <td className="numeric">{intl.formatNumber(row.volume, { maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
