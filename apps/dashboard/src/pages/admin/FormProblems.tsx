import type { InputProblems } from '../../apollo/inputProblems.js';
import { useT } from '../../i18n/useT.js';

/**
 * The summary above a form after a failed save: how many fields need attention, problems that
 * belong to no field shown in the form, and server or network errors.
 */
export function FormProblems({
  problems,
  shownFields,
}: {
  problems: InputProblems | null;
  shownFields: string[];
}) {
  const t = useT();
  if (!problems) return null;
  const isShown = (field: string) => shownFields.some((f) => field === f || field.startsWith(`${f}.`));
  const fieldCount = Object.keys(problems.fields).filter(isShown).length;
  const unplaced = Object.entries(problems.fields).filter(([field]) => !isShown(field));
  return (
    <div className="form-problems" role="alert" tabIndex={-1}>
      <span aria-hidden="true">⚠</span>
      <div>
        <strong>{t('form.notSaved')}</strong>
        <ul>
          {fieldCount > 0 && <li>{t('form.fieldErrors', { count: fieldCount })}</li>}
          {unplaced.map(([field, reasons]) => (
            <li key={field}>
              {field}: {reasons.join('; ')}
            </li>
          ))}
          {problems.messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
          {problems.network && <li>{t('form.networkError')}</li>}
        </ul>
      </div>
    </div>
  );
}
