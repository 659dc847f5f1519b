import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { inputProblems } from '../../apollo/inputProblems.js';
import { ErrorMessage } from '../../components/StatusMessage.js';
import { useT } from '../../i18n/useT.js';
import { ApiMessage } from './ApiMessage.js';
import {
  PlanningAccuracyQuery,
  PlanningSnapshotsQuery,
  SaveForecastSnapshotMutation,
} from './planningQueries.js';

/** Snapshots listed under the form. */
const LISTED = 5;

/**
 * Saves today's forecast (every queue, 4 weeks) as a snapshot: the forecast a schedule is built
 * on and the one its accuracy is measured against later; the latest snapshot's accuracy so far
 * (WAPE and bias against the actuals since) for the selected queue.
 */
export function SnapshotPanel({ queue }: { queue: string }) {
  const t = useT();
  const intl = useIntl();
  const labelId = useId();
  const [label, setLabel] = useState('');
  const snapshots = useQuery(PlanningSnapshotsQuery);
  const [save, saving] = useMutation(SaveForecastSnapshotMutation, {
    refetchQueries: [PlanningSnapshotsQuery],
  });
  const latest = snapshots.data?.forecastSnapshots[0];
  const accuracy = useQuery(PlanningAccuracyQuery, {
    variables: { snapshotId: latest?.id ?? '', queue },
    skip: !latest,
    fetchPolicy: 'network-only',
  });
  const mine = accuracy.data?.forecastAccuracy.queues.find((q) => q.queue === queue);
  const problems = saving.error ? inputProblems(saving.error) : null;
  const saved = saving.data?.saveForecastSnapshot;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save({ variables: { input: { label: label.trim(), forecast: { horizonWeeks: 4 } } } }).catch(
      () => undefined,
    );
  };
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card planning-panel" aria-labelledby="planning-snapshot">
      <h2 id="planning-snapshot">{t('planning.snapshot')}</h2>
      <p className="planning-panel__about">{t('planning.snapshot.about')}</p>
      <form className="planning-form" onSubmit={submit}>
        <div className={`field${problems?.fields['input.label'] ? ' field--invalid' : ''}`}>
          <label htmlFor={labelId}>{t('planning.snapshot.label')}</label>
          <input id={labelId} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={120} />
          {(problems?.fields['input.label'] ?? []).map((reason) => (
            <p key={reason} className="field__error">
              {reason}
            </p>
          ))}
        </div>
        <button type="submit" className="button" disabled={saving.loading || label.trim() === ''}>
          {saving.loading ? t('planning.snapshot.saving') : t('planning.snapshot.save')}
        </button>
      </form>
      {problems && problems.messages.length > 0 && <ErrorMessage message={problems.messages.join(' ')} />}
      {saved && (
        <p className="planning-saved" role="status">
          {t('planning.snapshot.saved', {
            label: saved.label,
            from: saved.from,
            to: saved.to,
            skipped: saved.skipped.length,
          })}
        </p>
      )}
      {latest && mine && (
        <div className="planning-accuracy" data-testid="snapshot-accuracy">
          <h3>{t('planning.snapshot.accuracyTitle', { label: latest.label, queue })}</h3>
          <ApiMessage message={mine.summary} className="planning-sentence" />
        </div>
      )}
      {(snapshots.data?.forecastSnapshots.length ?? 0) > 0 && (
        <ul className="planning-snapshots">
          {snapshots.data!.forecastSnapshots.slice(0, LISTED).map((s) => (
            <li key={s.id}>
              <strong>{s.label}</strong>{' '}
              {t('planning.snapshot.range', { from: s.from, to: s.to, saved: when(s.createdAt) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
