import type { ReactNode } from 'react';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';

/** One admin section: heading, what it configures, an "add" button, then its table. */
export function SectionFrame({
  id,
  titleId,
  descriptionId,
  addLabelId,
  onAdd,
  loading,
  error,
  onRetry,
  children,
}: {
  id: string;
  titleId: MessageId;
  descriptionId: MessageId;
  addLabelId: MessageId;
  onAdd: () => void;
  loading: boolean;
  error: Error | undefined;
  onRetry: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section aria-labelledby={`admin-${id}`} className="card">
      <div className="section-heading">
        <h2 id={`admin-${id}`}>{t(titleId)}</h2>
        <button type="button" className="button" onClick={onAdd}>
          <span aria-hidden="true">+ </span>
          {t(addLabelId)}
        </button>
      </div>
      <p className="muted">{t(descriptionId)}</p>
      {error ? (
        <ErrorMessage message={t('admin.loadFailed')} onRetry={onRetry} />
      ) : loading ? (
        <Loading />
      ) : (
        children
      )}
    </section>
  );
}

/** "Edit" with the row's name for screen readers ("Edit Hotline VIP"). */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="button button--small button--secondary" onClick={onClick}>
      {t('common.edit')}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}

/** Save and Cancel at the foot of a form. */
export function FormActions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('form.saving') : t('form.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
