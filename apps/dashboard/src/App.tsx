import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { Loading } from './components/StatusMessage.js';
import { Shell } from './shell/Shell.js';

// Every page is its own chunk, fetched when first visited.
const WallboardPage = lazy(() => import('./pages/wallboard/WallboardPage.js'));
const OperationsPage = lazy(() => import('./pages/operations/OperationsPage.js'));
const TrendsPage = lazy(() => import('./pages/trends/TrendsPage.js'));
const PlanningPage = lazy(() => import('./pages/planning/PlanningPage.js'));
const AssessmentPage = lazy(() => import('./pages/assessment/AssessmentPage.js'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage.js'));
const NotFoundPage = lazy(() => import('./pages/not-found/NotFoundPage.js'));

/** Routes: the wallboard full-screen on its own, every other page inside the shell. */
export function App() {
  return (
    <Routes>
      <Route
        path="/wallboard"
        element={
          <ErrorBoundary>
            <Suspense fallback={<Loading />}>
              <WallboardPage />
            </Suspense>
          </ErrorBoundary>
        }
      />
      <Route element={<Shell />}>
        <Route index element={<Navigate to="/operations" replace />} />
        <Route path="/operations" element={<OperationsPage />} />
        <Route path="/trends" element={<TrendsPage />} />
        <Route path="/planning" element={<PlanningPage />} />
        <Route path="/assessment" element={<AssessmentPage />} />
        <Route path="/admin/*" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
