import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

/**
 * Keeps a failing page from blanking the whole app: shows what happened with a way to reload,
 * and logs the error (console.error, which the browser tests treat as a failure).
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <PageFailed message={this.state.error.message} /> : this.props.children;
  }
}

function PageFailed({ message }: { message: string }) {
  const t = useT();
  return (
    <div className="error-message" role="alert">
      <span aria-hidden="true">⚠</span>
      <div>
        <p>
          <strong>{t('common.error')}</strong> {t('common.pageFailed')}
        </p>
        <p className="muted">{message}</p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </div>
    </div>
  );
}
