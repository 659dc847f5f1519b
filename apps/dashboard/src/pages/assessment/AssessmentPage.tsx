import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/SessionContext.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { addMonths, calendarDateInZone } from '../../format/calendarDateInZone.js';
import { useT } from '../../i18n/useT.js';
import { useSiteZone } from '../../site/useSiteTime.js';
import { downloadCsv } from '../trends/csv.js';
import './assessment.css';
import { AssessmentScorecardQuery, AssessmentSetsQuery } from './assessmentQueries.js';
import { CriterionTrends } from './CriterionTrends.js';
import { DataCoverage } from './DataCoverage.js';
import { DrillDownPanel } from './DrillDownPanel.js';
import { formatMonth } from './formatFigure.js';
import { FrozenComparison } from './FrozenComparison.js';
import { GapSection } from './GapSection.js';
import { scorecardCsv } from './scorecardCsv.js';
import { ScorecardTable } from './ScorecardTable.js';
import { SetEditor } from './SetEditor.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The period of a shared link (?from=YYYY-MM&to=YYYY-MM), else the default: the six whole months
 * before the current one, in the site's calendar.
 */
function initialPeriod(zone: string, search: URLSearchParams): { from: string; to: string } {
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  if (MONTH.test(from) && MONTH.test(to) && from <= to) return { from, to };
  const firstOfThisMonth = `${calendarDateInZone(Date.now(), zone).slice(0, 7)}-01`;
  return {
    from: addMonths(firstOfThisMonth, -6).slice(0, 7),
    to: addMonths(firstOfThisMonth, -1).slice(0, 7),
  };
}

/**
 * Assessment (issue #9): a set's scorecard over a period of months against the previous period,
 * monthly trends per criterion, frozen months beside their recomputed figures, the service-level
 * gap split into its causes, drill-down to the records behind a figure, CSV export and a
 * print-ready A4 report (the browser's print to PDF; controls are left out of the print).
 */
export default function AssessmentPage() {
  const t = useT();
  const intl = useIntl();
  const zone = useSiteZone();
  const ids = useId();
  const session = useSession();
  const role = session.status === 'signedIn' ? session.user.role : null;
  const [search] = useSearchParams();
  const [period, setPeriod] = useState(() => initialPeriod(zone, search));
  const [setId, setSetId] = useState(0);
  const [drill, setDrill] = useState<{ key: string; month: string } | null>(null);
  const [gapMonth, setGapMonth] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const sets = useQuery(AssessmentSetsQuery);
  const card = useQuery(AssessmentScorecardQuery, {
    variables: { setId, from: period.from, to: period.to },
    fetchPolicy: 'no-cache',
    skip: period.from > period.to,
  });
  const data = card.data?.assessmentScorecard;
  const chosenSet = sets.data?.assessmentSets.find((s) => s.id === setId);
  const drillCriterion = data && drill ? data.criteria.find((c) => c.criterion.key === drill.key) : undefined;
  // The report's time stamp: when these figures arrived.
  const generatedAt = useMemo(() => (data ? new Date() : null), [data]);
  const canEdit = role === 'ADMIN' || role === 'EXECUTIVE';

  return (
    <div className="assessment">
      <PageHeader titleId="assessment.title" descriptionId="assessment.description">
        <Link to="/assessment/records" className="button button--secondary no-print">
          {t('assessment.records.link')}
        </Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => window.print()}
          disabled={!data}
        >
          {t('assessment.print')}
        </button>
      </PageHeader>

      {data && (
        <div className="print-only assessment-report-heading" data-testid="report-heading">
          <p>
            {t('assessment.report.heading', {
              set: data.set.id === 0 ? t('assessment.defaultSet') : data.set.name,
              from: formatMonth(intl, data.from, 'long'),
              to: formatMonth(intl, data.to, 'long'),
            })}
          </p>
          <p className="muted">
            {t('assessment.report.generated', {
              at: intl.formatDate(generatedAt ?? undefined, {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: zone,
              }),
            })}
          </p>
        </div>
      )}

      <form
        className="filters card no-print"
        aria-label={t('assessment.period')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={`${ids}-set`}>{t('assessment.set')}</label>
          <select
            id={`${ids}-set`}
            value={setId}
            onChange={(e) => {
              setSetId(Number(e.target.value));
              setDrill(null);
              setEditing(false);
            }}
          >
            {(sets.data?.assessmentSets ?? [{ id: 0, name: '' }]).map((s) => (
              <option key={s.id} value={s.id}>
                {s.id === 0 ? t('assessment.defaultSet') : s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-from`}>{t('assessment.fromMonth')}</label>
          <input
            id={`${ids}-from`}
            type="month"
            value={period.from}
            max={period.to}
            onChange={(e) => e.target.value && setPeriod((p) => ({ ...p, from: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>{t('assessment.toMonth')}</label>
          <input
            id={`${ids}-to`}
            type="month"
            value={period.to}
            min={period.from}
            onChange={(e) => e.target.value && setPeriod((p) => ({ ...p, to: e.target.value }))}
          />
        </div>
        <p className="filters__note">
          {t('assessment.periodSummary', {
            from: formatMonth(intl, period.from, 'long'),
            to: formatMonth(intl, period.to, 'long'),
          })}
        </p>
        {canEdit && chosenSet && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setEditing((v) => !v)}
            aria-expanded={editing}
          >
            {t('assessment.editor.open')}
          </button>
        )}
      </form>

      {editing && chosenSet && (
        <section className="card no-print" aria-label={t('assessment.editor.title')}>
          <h2>{t('assessment.editor.title')}</h2>
          <p className="muted">{t('assessment.editor.note')}</p>
          <SetEditor
            key={chosenSet.id}
            set={chosenSet}
            onSaved={(id) => {
              void sets.refetch().then(() => {
                setSetId(id);
                setEditing(false);
              });
            }}
          />
        </section>
      )}

      {card.loading && <Loading />}
      {card.error && <ErrorMessage message={card.error.message} onRetry={() => void card.refetch()} />}

      {data && (
        <>
          <section aria-labelledby="assessment-scorecard" className="card assessment-section">
            <div className="section-heading">
              <h2 id="assessment-scorecard">{t('assessment.scorecard')}</h2>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => downloadCsv(`assessment-${data.from}-${data.to}.csv`, scorecardCsv(data))}
              >
                <span aria-hidden="true">↓ </span>
                {t('common.exportCsv')}
              </button>
            </div>
            <p className="muted no-print">{t('assessment.drillHint')}</p>
            <ScorecardTable data={data} onDrill={(key) => setDrill({ key, month: data.to })} />
            <DataCoverage data={data} />
            {data.criteria.every((c) => c.current.status === 'NO_DATA') && (
              <EmptyState titleId="assessment.empty.title" descriptionId="assessment.empty.description" />
            )}
          </section>

          {drillCriterion && drill && (
            <DrillDownPanel
              key={drill.key}
              setId={setId}
              criterion={drillCriterion}
              month={drill.month}
              onMonth={(month) => setDrill({ ...drill, month })}
              onClose={() => setDrill(null)}
            />
          )}

          <section aria-labelledby="assessment-trends" className="assessment-section">
            <h2 id="assessment-trends" className="assessment-section__title">
              {t('assessment.monthlyTrends')}
            </h2>
            <p className="muted">{t('assessment.trendsNote')}</p>
            <CriterionTrends data={data} />
          </section>

          <section aria-labelledby="assessment-frozen" className="card assessment-section">
            <h2 id="assessment-frozen">{t('assessment.frozenTitle')}</h2>
            <p className="muted">{t('assessment.frozenNote')}</p>
            <FrozenComparison data={data} currentMonth={calendarDateInZone(Date.now(), zone).slice(0, 7)} />
          </section>

          <GapSection
            month={gapMonth && data.months.some((m) => m.month === gapMonth) ? gapMonth : data.to}
            months={data.months.map((m) => m.month)}
            onMonth={setGapMonth}
          />
        </>
      )}
    </div>
  );
}
