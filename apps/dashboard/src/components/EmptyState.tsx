import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import type { MessageId } from '../i18n/catalogue.js';

/**
 * A placeholder that says what will appear here and why it isn't there yet
 * (for example: the metrics API or the live feed is not connected).
 */
export function EmptyState({
  titleId,
  descriptionId,
  children,
}: {
  titleId: MessageId;
  descriptionId: MessageId;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="empty-state">
      <span className="empty-state__icon" aria-hidden="true">
        ◔
      </span>
      <div>
        <p className="empty-state__title">{t(titleId)}</p>
        <p className="empty-state__description">{t(descriptionId)}</p>
        {children}
      </div>
    </div>
  );
}
