import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { useT } from '../../i18n/useT.js';
import { OperationsStaffingGap } from './operationsQueries.js';

/**
 * The staffing gap for the next 2 hours (issue #7): per queue and interval, agents needed for
 * the intraday re-forecast against the staff the published schedule puts on the queue and the
 * agents logged in and available for it now. Short intervals are marked with a symbol and a word,
 * not only a colour.
 */
export const StaffingGapPanel = memo(function StaffingGapPanel({ queues }: { queues: readonly string[] }) {
  const t = useT();
  const intl = useIntl();
  const { data, error, refetch } = useQuery(OperationsStaffingGap, {
    variables: { queues: [...queues] },
    skip: queues.length === 0,
    pollInterval: 60_000,
  });
  const report = data?.staffingGap;
  const rows = (report?.queues ?? []).filter((q) => q.intervals.length > 0 || q.problem);
  const labels = rows.find((q) => q.intervals.length > 0)?.intervals.map((i) => i.label) ?? [];
  const signed = (n: number) => intl.formatNumber(n, { signDisplay: 'exceptZero' });
  const staff = (n: number) => intl.formatNumber(n, { maximumFractionDigits: 1 });
  const detail = (i: { required: number; scheduled?: number | null; available: number }) =>
    i.scheduled == null
      ? t('operations.gap.cell', { required: i.required, available: i.available })
      : t('operations.gap.cellScheduled', {
          required: i.required,
          scheduled: staff(i.scheduled),
          available: i.available,
        });
  return (
    <section aria-labelledby="ops-gap" className="card ops-gap">
      <h2 id="ops-gap">{t('operations.gap')}</h2>
      <p className="page-header__description">{t('operations.gap.description')}</p>
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {!report && !error && queues.length > 0 && <Loading />}
      {report && (
        <p className="chart-card__note">
          {t(report.schedulesExist ? 'operations.gap.fromSchedule' : 'operations.gap.noSchedules')}
        </p>
      )}
      {report && rows.length > 0 && (
        <div className="data-table__scroll">
          <table className="gap-table">
            <caption className="visually-hidden">{t('operations.gap')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('operations.gap.queue')}</th>
                {labels.map((label) => (
                  <th key={label} scope="col" className="numeric">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((q) => (
                <tr key={q.queue}>
                  <th scope="row">{q.queue}</th>
                  {q.problem ? (
                    <td colSpan={Math.max(1, labels.length)}>{q.problem}</td>
                  ) : (
                    q.intervals.map((i) => (
                      <td
                        key={i.start}
                        className={`numeric gap gap--${i.gap < 0 ? 'short' : 'ok'}`}
                        title={detail(i)}
                        data-scheduled={i.scheduled ?? ''}
                      >
                        {i.gap < 0 && <span aria-hidden="true">▼ </span>}
                        {signed(i.gap)}
                        <span className="gap__detail">{detail(i)}</span>
                        {i.gap < 0 && <span className="visually-hidden"> {t('operations.gap.short')}</span>}
                        {i.scheduled != null && i.scheduled + 1e-9 < i.required && (
                          <span className="gap__detail gap__detail--under">
                            <span aria-hidden="true">◆ </span>
                            {t('operations.gap.underScheduled')}
                          </span>
                        )}
                      </td>
                    ))
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
