import { Link, useLocation } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/useT.js';

/** Any path that is not a page. */
export default function NotFoundPage() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader titleId="notFound.title" />
      <p>{t('notFound.description', { path: pathname })}</p>
      <p>
        <Link to="/operations">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
