import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

/**
 * A modal dialog on the native <dialog> element: focus is kept inside it while open, Escape
 * closes it, and focus returns to the control that opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    // Start at the first field rather than at the Close button.
    dialog?.querySelector<HTMLElement>('form input:not([disabled]), form select, form textarea')?.focus();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          <span aria-hidden="true">✕</span> {t('common.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
