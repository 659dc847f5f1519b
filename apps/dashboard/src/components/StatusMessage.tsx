import { useT } from '../i18n/useT.js';

/** "Loading…", announced politely to screen readers. */
export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}

/** An error box with an icon and the word "Error", so it does not rely on colour. */
export function ErrorMessage({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="error-message" role="alert">
      <span aria-hidden="true">⚠</span>
      <div>
        <strong>{t('common.error')}</strong> {message}
        {onRetry && (
          <div>
            <button type="button" className="button button--secondary" onClick={onRetry}>
              {t('common.retry')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
