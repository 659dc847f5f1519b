import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { inputProblems } from '../../apollo/inputProblems.js';
import { ErrorMessage } from '../../components/StatusMessage.js';
import type { AssessmentSetsQuery as SetsData } from '../../graphql/generated/graphql.js';
import { useT } from '../../i18n/useT.js';
import { SaveAssessmentSetMutation } from './assessmentQueries.js';
import { useCriterionName } from './useCriterionName.js';

type SetData = SetsData['assessmentSets'][number];

/** Targets of shares are edited in percent (NPS in points), the API keeps fractions. */
const percentLike = (c: { unit: string }) => c.unit === 'FRACTION';

/**
 * Targets and weights of a set, editable by executives and admins: saved as their own set (a new
 * one from the default set, or in place when they own it). Months frozen before keep the targets
 * they were frozen with.
 */
export function SetEditor({ set, onSaved }: { set: SetData; onSaved: (id: number) => void }) {
  const t = useT();
  const name = useCriterionName();
  const [title, setTitle] = useState(set.editable ? set.name : t('assessment.editor.newName'));
  const [rows, setRows] = useState(() =>
    set.criteria.map((c) => ({
      ...c,
      targetText: String(Math.round((percentLike(c) ? c.target * 100 : c.target) * 1000) / 1000),
      weightText: String(c.weight),
    })),
  );
  const [save, { loading, error }] = useMutation(SaveAssessmentSetMutation);
  const problems = error ? inputProblems(error) : null;
  const submit = async () => {
    const result = await save({
      variables: {
        input: {
          id: set.editable ? set.id : null,
          name: title,
          criteria: rows.map((r) => ({
            key: r.key,
            metric: r.metric,
            channel: r.channel,
            direction: r.direction,
            scoring: r.scoring,
            target: percentLike(r) ? Number(r.targetText) / 100 : Number(r.targetText),
            weight: Number(r.weightText),
          })),
        },
      },
    }).catch(() => null);
    if (result?.data) onSaved(result.data.saveAssessmentSet.id);
  };
  return (
    <form
      className="assessment-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor="assessment-set-name">{t('assessment.editor.name')}</label>
        <input
          id="assessment-set-name"
          value={title}
          maxLength={200}
          required
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <table>
        <caption className="visually-hidden">{t('assessment.editor.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.criterion')}</th>
            <th scope="col">{t('assessment.editor.target')}</th>
            <th scope="col">{t('assessment.editor.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key}>
              <th scope="row">{name(r)}</th>
              <td>
                <input
                  aria-label={t('assessment.editor.targetOf', { criterion: name(r) })}
                  inputMode="decimal"
                  value={r.targetText}
                  size={7}
                  onChange={(e) =>
                    setRows((list) =>
                      list.map((x, j) => (j === i ? { ...x, targetText: e.target.value } : x)),
                    )
                  }
                />{' '}
                {percentLike(r) ? (r.metric === 'NPS' ? t('assessment.editor.points') : '%') : ''}
              </td>
              <td>
                <input
                  aria-label={t('assessment.editor.weightOf', { criterion: name(r) })}
                  inputMode="decimal"
                  value={r.weightText}
                  size={5}
                  onChange={(e) =>
                    setRows((list) =>
                      list.map((x, j) => (j === i ? { ...x, weightText: e.target.value } : x)),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems && (
        <ErrorMessage
          message={[
            ...problems.messages,
            ...Object.entries(problems.fields).map(([f, r]) => `${f}: ${r.join('; ')}`),
          ].join(' · ')}
        />
      )}
      <button type="submit" className="button" disabled={loading}>
        {set.editable ? t('assessment.editor.save') : t('assessment.editor.saveAsNew')}
      </button>
    </form>
  );
}
