import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

export interface FieldControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/**
 * A labelled form control with an optional hint and the API's reasons for rejecting it,
 * shown next to it (icon + "Error:" + reason) and tied to it with aria-describedby.
 */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  children: (props: FieldControlProps) => ReactNode;
}) {
  const t = useT();
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`field${errorId ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        'aria-invalid': Boolean(errorId),
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {errorId && (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {errors?.join('; ')}
        </p>
      )}
    </div>
  );
}
