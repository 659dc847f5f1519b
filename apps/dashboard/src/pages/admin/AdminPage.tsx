import { NavLink, Navigate, Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import NotFoundPage from '../not-found/NotFoundPage.js';
import { AgentsSection } from './AgentsSection.js';
import { QueuesSection } from './QueuesSection.js';
import { SitesSection } from './SitesSection.js';
import { TeamsSection } from './TeamsSection.js';
import { UsersSection } from './UsersSection.js';

const SECTIONS: readonly { path: string; labelId: MessageId }[] = [
  { path: 'sites', labelId: 'admin.sites' },
  { path: 'queues', labelId: 'admin.queues' },
  { path: 'teams', labelId: 'admin.teams' },
  { path: 'agents', labelId: 'admin.agents' },
  { path: 'users', labelId: 'admin.users' },
];

/** Admin: the center's directory — sites, queues, teams, agents and users — listed and edited. */
export default function AdminPage() {
  const t = useT();
  return (
    <>
      <PageHeader titleId="admin.title" descriptionId="admin.description" />
      <nav className="subnav" aria-label={t('admin.sectionsNavigation')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <NavLink to={`/admin/${section.path}`} className="subnav__link">
                {t(section.labelId)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="/admin/queues" replace />} />
        <Route path="sites" element={<SitesSection />} />
        <Route path="queues" element={<QueuesSection />} />
        <Route path="teams" element={<TeamsSection />} />
        <Route path="agents" element={<AgentsSection />} />
        <Route path="users" element={<UsersSection />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
