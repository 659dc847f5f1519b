import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useT } from '../i18n/useT.js';
import type { MessageId } from '../i18n/catalogue.js';

/**
 * A page's h1 and introduction; sets the document title. After client-side navigation it
 * moves focus to the heading so screen-reader and keyboard users start at the new page.
 */
export function PageHeader({
  titleId,
  descriptionId,
  children,
}: {
  titleId: MessageId;
  descriptionId?: MessageId;
  children?: ReactNode;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t(titleId);
  const product = t('app.name');
  // The first page of a visit has key "default"; later ones were reached by navigation.
  const navigated = useLocation().key !== 'default';

  useEffect(() => {
    document.title = `${title} · ${product}`;
  }, [title, product]);

  useEffect(() => {
    if (navigated) heading.current?.focus();
    // Only when the page is first shown, not when its title changes language.
  }, []);

  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {descriptionId && <p className="page-header__description">{t(descriptionId)}</p>}
      </div>
      {children && <div className="page-header__extra">{children}</div>}
    </header>
  );
}
