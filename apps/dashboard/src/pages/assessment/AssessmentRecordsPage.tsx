import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { inputProblems } from '../../apollo/inputProblems.js';
import { useSession } from '../../auth/SessionContext.js';
import { Field } from '../../components/Field.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { useT } from '../../i18n/useT.js';
import { useSiteZone } from '../../site/useSiteTime.js';
import './assessment.css';
import {
  AssessmentRecordsQuery,
  RecordQualityEvaluationMutation,
  RecordTrainingSessionMutation,
} from './assessmentQueries.js';

/** A local date-time input value (YYYY-MM-DDTHH:mm) as ISO 8601 with the browser's offset. */
function withOffset(local: string): string {
  const date = new Date(local);
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${local}:00${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

function nowLocal(): string {
  const d = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

const DEFAULT_FORM = [
  { name: 'Greeting', weight: '1', score: '' },
  { name: 'Accuracy', weight: '3', score: '' },
  { name: 'Resolution', weight: '3', score: '' },
  { name: 'Compliance', weight: '2', score: '' },
];

/**
 * Records the assessment needs: quality evaluations (a form of weighted criteria, for an agent or
 * a contact) and training sessions. Entered here, stored through the ingestion pipeline as
 * qualityEvaluation and training events. Managers and admins enter; executives read.
 */
export default function AssessmentRecordsPage() {
  const t = useT();
  const intl = useIntl();
  const zone = useSiteZone();
  const session = useSession();
  const role = session.status === 'signedIn' ? session.user.role : null;
  const mayRecord = role === 'ADMIN' || role === 'MANAGER';
  const records = useQuery(AssessmentRecordsQuery, { fetchPolicy: 'network-only' });
  const agents = records.data?.agents ?? [];
  const at = (iso: string) =>
    intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });

  return (
    <div className="assessment">
      <PageHeader titleId="assessment.records.title" descriptionId="assessment.records.description">
        <Link to="/assessment" className="button button--secondary">
          {t('assessment.records.back')}
        </Link>
      </PageHeader>
      {records.loading && <Loading />}
      {records.error && (
        <ErrorMessage message={records.error.message} onRetry={() => void records.refetch()} />
      )}
      <div className="assessment-records">
        <section className="card" aria-labelledby="qa-title">
          <h2 id="qa-title">{t('assessment.records.qa')}</h2>
          {mayRecord && <QualityForm agents={agents} onSaved={() => void records.refetch()} />}
          <div className="data-table__scroll">
            <table data-testid="qa-table">
              <caption className="visually-hidden">{t('assessment.records.qa')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessment.records.when')}</th>
                  <th scope="col">{t('assessment.records.agent')}</th>
                  <th scope="col" className="numeric">
                    {t('assessment.records.score')}
                  </th>
                  <th scope="col">{t('assessment.records.evaluator')}</th>
                  <th scope="col">{t('assessment.records.form')}</th>
                </tr>
              </thead>
              <tbody>
                {(records.data?.qualityEvaluations ?? []).map((e) => (
                  <tr key={e.eventId}>
                    <td>{at(e.at)}</td>
                    <td>{e.agentId ?? e.contactId ?? '—'}</td>
                    <td className="numeric">{intl.formatNumber(e.score, { maximumFractionDigits: 1 })}</td>
                    <td>{e.evaluator}</td>
                    <td>{e.form ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="card" aria-labelledby="training-title">
          <h2 id="training-title">{t('assessment.records.training')}</h2>
          {mayRecord && <TrainingForm agents={agents} onSaved={() => void records.refetch()} />}
          <div className="data-table__scroll">
            <table data-testid="training-table">
              <caption className="visually-hidden">{t('assessment.records.training')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessment.records.when')}</th>
                  <th scope="col">{t('assessment.records.agent')}</th>
                  <th scope="col" className="numeric">
                    {t('assessment.records.hours')}
                  </th>
                  <th scope="col">{t('assessment.records.topic')}</th>
                </tr>
              </thead>
              <tbody>
                {(records.data?.trainingSessions ?? []).map((s) => (
                  <tr key={s.eventId}>
                    <td>{at(s.at)}</td>
                    <td>{s.agentId}</td>
                    <td className="numeric">
                      {intl.formatNumber(s.hours, {
                        style: 'unit',
                        unit: 'hour',
                        unitDisplay: 'short',
                        maximumFractionDigits: 2,
                      })}
                    </td>
                    <td>{s.topic}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </div>
  );
}

type AgentOption = { agentId: string; name: string };

function AgentSelect({
  agents,
  value,
  onChange,
  props,
}: {
  agents: readonly AgentOption[];
  value: string;
  onChange: (v: string) => void;
  props: object;
}) {
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value)} required>
      <option value="" />
      {agents.map((a) => (
        <option key={a.agentId} value={a.agentId}>
          {a.name} ({a.agentId})
        </option>
      ))}
    </select>
  );
}

function QualityForm({ agents, onSaved }: { agents: readonly AgentOption[]; onSaved: () => void }) {
  const t = useT();
  const [agentId, setAgentId] = useState('');
  const [contactId, setContactId] = useState('');
  const [when, setWhen] = useState(nowLocal);
  const [evaluator, setEvaluator] = useState('');
  const [formName, setFormName] = useState('');
  const [criteria, setCriteria] = useState(DEFAULT_FORM);
  const [done, setDone] = useState<number | null>(null);
  const [record, { loading, error }] = useMutation(RecordQualityEvaluationMutation);
  const problems = error ? inputProblems(error) : null;
  const fieldErrors = (name: string) =>
    problems
      ? Object.entries(problems.fields)
          .filter(([f]) => f.startsWith(`input.${name}`))
          .flatMap(([, r]) => r)
      : undefined;
  return (
    <form
      aria-label={t('assessment.records.qaForm')}
      onSubmit={(e) => {
        e.preventDefault();
        void record({
          variables: {
            input: {
              agentId: agentId || null,
              contactId: contactId || null,
              occurredAt: withOffset(when),
              evaluator,
              form: formName || null,
              criteria: criteria.map((c) => ({
                name: c.name,
                weight: Number(c.weight),
                score: Number(c.score),
              })),
            },
          },
        })
          .then((r) => {
            if (r.data) {
              setDone(r.data.recordQualityEvaluation.score);
              setCriteria((list) => list.map((c) => ({ ...c, score: '' })));
              onSaved();
            }
          })
          .catch(() => undefined);
      }}
    >
      <Field name="qa-agent" label={t('assessment.records.agent')} errors={fieldErrors('agentId')}>
        {(p) => <AgentSelect agents={agents} value={agentId} onChange={setAgentId} props={p} />}
      </Field>
      <Field
        name="qa-contact"
        label={t('assessment.records.contact')}
        hint={t('assessment.records.contactHint')}
      >
        {(p) => <input {...p} value={contactId} onChange={(e) => setContactId(e.target.value)} />}
      </Field>
      <Field name="qa-when" label={t('assessment.records.when')} errors={fieldErrors('occurredAt')}>
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            value={when}
            required
            onChange={(e) => setWhen(e.target.value)}
          />
        )}
      </Field>
      <Field name="qa-evaluator" label={t('assessment.records.evaluator')} errors={fieldErrors('evaluator')}>
        {(p) => <input {...p} value={evaluator} required onChange={(e) => setEvaluator(e.target.value)} />}
      </Field>
      <Field name="qa-form" label={t('assessment.records.form')}>
        {(p) => <input {...p} value={formName} onChange={(e) => setFormName(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('assessment.records.criteria')}</legend>
        <div className="assessment-records__criteria">
          <span className="muted">{t('assessment.records.criterionName')}</span>
          <span className="muted">{t('assessment.records.weight')}</span>
          <span className="muted">{t('assessment.records.criterionScore')}</span>
          {criteria.map((c, i) => (
            <CriterionRow
              key={i}
              index={i}
              value={c}
              onChange={(v) => setCriteria((list) => list.map((x, j) => (j === i ? v : x)))}
            />
          ))}
        </div>
        {fieldErrors('criteria')?.length ? (
          <ErrorMessage message={fieldErrors('criteria')!.join('; ')} />
        ) : null}
      </fieldset>
      {problems && problems.messages.length > 0 && <ErrorMessage message={problems.messages.join('; ')} />}
      <button type="submit" className="button" disabled={loading}>
        {t('assessment.records.saveQa')}
      </button>
      {done !== null && <p role="status">{t('assessment.records.qaSaved', { score: done })}</p>}
    </form>
  );
}

function CriterionRow({
  index,
  value,
  onChange,
}: {
  index: number;
  value: { name: string; weight: string; score: string };
  onChange: (v: { name: string; weight: string; score: string }) => void;
}) {
  const t = useT();
  return (
    <>
      <input
        aria-label={t('assessment.records.criterionNameOf', { n: index + 1 })}
        value={value.name}
        required
        onChange={(e) => onChange({ ...value, name: e.target.value })}
      />
      <input
        aria-label={t('assessment.records.weightOf', { n: index + 1 })}
        inputMode="decimal"
        value={value.weight}
        required
        onChange={(e) => onChange({ ...value, weight: e.target.value })}
      />
      <input
        aria-label={t('assessment.records.scoreOf', { n: index + 1 })}
        inputMode="decimal"
        value={value.score}
        required
        onChange={(e) => onChange({ ...value, score: e.target.value })}
      />
    </>
  );
}

function TrainingForm({ agents, onSaved }: { agents: readonly AgentOption[]; onSaved: () => void }) {
  const t = useT();
  const [agentId, setAgentId] = useState('');
  const [when, setWhen] = useState(nowLocal);
  const [hours, setHours] = useState('1');
  const [topic, setTopic] = useState('');
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordTrainingSessionMutation);
  const problems = error ? inputProblems(error) : null;
  const fieldErrors = (name: string) => problems?.fields[`input.${name}`] ?? problems?.fields[name];
  return (
    <form
      aria-label={t('assessment.records.trainingForm')}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void record({
          variables: { input: { agentId, occurredAt: withOffset(when), hours: Number(hours), topic } },
        })
          .then((r) => {
            if (r.data) {
              setSaved(true);
              setTopic('');
              onSaved();
            }
          })
          .catch(() => undefined);
      }}
    >
      <Field name="training-agent" label={t('assessment.records.agent')} errors={fieldErrors('agentId')}>
        {(p) => <AgentSelect agents={agents} value={agentId} onChange={setAgentId} props={p} />}
      </Field>
      <Field name="training-when" label={t('assessment.records.when')} errors={fieldErrors('occurredAt')}>
        {(p) => (
          <input
            {...p}
            type="datetime-local"
            value={when}
            required
            onChange={(e) => setWhen(e.target.value)}
          />
        )}
      </Field>
      <Field name="training-hours" label={t('assessment.records.hours')} errors={fieldErrors('hours')}>
        {(p) => (
          <input
            {...p}
            inputMode="decimal"
            value={hours}
            required
            onChange={(e) => setHours(e.target.value)}
          />
        )}
      </Field>
      <Field name="training-topic" label={t('assessment.records.topic')} errors={fieldErrors('topic')}>
        {(p) => <input {...p} value={topic} required onChange={(e) => setTopic(e.target.value)} />}
      </Field>
      {problems && problems.messages.length > 0 && <ErrorMessage message={problems.messages.join('; ')} />}
      <button type="submit" className="button" disabled={loading}>
        {t('assessment.records.saveTraining')}
      </button>
      {saved && <p role="status">{t('assessment.records.trainingSaved')}</p>}
    </form>
  );
}
