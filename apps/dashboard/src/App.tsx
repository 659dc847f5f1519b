import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { Loading } from './components/StatusMessage.js';
import { Shell } from './shell/Shell.js';
import { RequireAccess } from './auth/RequireAccess.js';

// Every page is its own chunk, fetched when first visited.
const WallboardPage = lazy(() => import('./pages/wallboard/WallboardPage.js'));
const OperationsPage = lazy(() => import('./pages/operations/OperationsPage.js'));
const TrendsPage = lazy(() => import('./pages/trends/TrendsPage.js'));
const PlanningPage = lazy(() => import('./pages/planning/PlanningPage.js'));
const SchedulePage = lazy(() => import('./pages/schedule/SchedulePage.js'));
const AssessmentPage = lazy(() => import('./pages/assessment/AssessmentPage.js'));
const AssessmentRecordsPage = lazy(() => import('./pages/assessment/AssessmentRecordsPage.js'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage.js'));
const NotFoundPage = lazy(() => import('./pages/not-found/NotFoundPage.js'));
const LoginPage = lazy(() => import('./auth/LoginPage.js'));
const AccessPage = lazy(() => import('./auth/AccessPage.js'));

/** Routes: the wallboard full-screen on its own, every other page inside the shell. */
export function App() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<Loading />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        path="/wallboard"
        element={
          <RequireAccess kiosk>
            <ErrorBoundary>
              <Suspense fallback={<Loading />}>
                <WallboardPage />
              </Suspense>
            </ErrorBoundary>
          </RequireAccess>
        }
      />
      <Route
        element={
          <RequireAccess>
            <Shell />
          </RequireAccess>
        }
      >
        <Route index element={<Navigate to="/operations" replace />} />
        <Route path="/operations" element={<OperationsPage />} />
        <Route path="/trends" element={<TrendsPage />} />
        <Route path="/planning" element={<PlanningPage />} />
        <Route path="/schedule" element={<SchedulePage />} />
        <Route path="/assessment" element={<AssessmentPage />} />
        <Route path="/assessment/records" element={<AssessmentRecordsPage />} />
        <Route path="/admin/access" element={<AccessPage />} />
        <Route path="/admin/*" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
