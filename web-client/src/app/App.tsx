import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { SignInPage } from '@/features/auth/components/SignInPage';
import { useMe } from '@/api/auth/getMe';
import { CasePage } from '@/features/cases/components/CasePage';
import { MyPetitionsPage } from '@/features/petitions/components/MyPetitionsPage';
import { PetitionPage } from '@/features/petitions/components/PetitionPage';
import { SubmitPetitionPage } from '@/features/petitions/components/SubmitPetitionPage';
import { ReplyPage } from '@/features/replies/components/ReplyPage';
import { Loading, NotFound } from '@/components/States';
import { I18nProvider, type Lang } from '@/i18n/I18n';
import { RequireRole, RequireSignIn } from './Auth';
import { Layout } from './Layout';
import { createQueryClient } from './queryClient';
import { homeOf, readers } from '@/lib/roles';

// Sign-in and the group leader's screens are in the first download; desk screens load when opened.
const TriagePage = lazy(() => import('@/features/cases/components/TriagePage'));
const CasesPage = lazy(() => import('@/features/cases/components/CasesPage'));
const InboxPage = lazy(() => import('@/features/cases/components/InboxPage'));
const ReplyEditorPage = lazy(() => import('@/features/replies/components/ReplyEditorPage'));
const DashboardPage = lazy(() => import('@/features/reports/components/DashboardPage'));
const SessionReportPage = lazy(() => import('@/features/reports/components/SessionReportPage'));
const EscalationsPage = lazy(() => import('@/features/escalations/components/EscalationsPage'));
const NotificationsPage = lazy(() => import('@/features/notifications/components/NotificationsPage'));
const UsersPage = lazy(() => import('@/features/users/components/UsersPage'));
const SessionsPage = lazy(() => import('@/features/sessions/components/SessionsPage'));
const SignersPage = lazy(() => import('@/features/signers/components/SignersPage'));
const CalendarPage = lazy(() => import('@/features/calendar/components/CalendarPage'));
const NoticeImportPage = lazy(() => import('@/features/notices/components/NoticeImportPage'));
const WardsPage = lazy(() => import('@/features/wards/components/WardsPage'));
const ActivityPage = lazy(() => import('@/features/activity/components/ActivityPage'));

function Home() {
  const me = useMe();
  if (!me.data) return <Loading />;
  return <Navigate to={homeOf[me.data.role]} replace />;
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: (
      <RequireSignIn>
        <Layout />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'petitions', element: <RequireRole roles={['GroupLeader']}><MyPetitionsPage /></RequireRole> },
      { path: 'petitions/new', element: <RequireRole roles={['GroupLeader', 'Dispatcher']}><SubmitPetitionPage /></RequireRole> },
      { path: 'petitions/:id', element: <PetitionPage /> },
      { path: 'cases/:id', element: <CasePage /> },
      { path: 'replies/new', element: <RequireRole roles={['Dispatcher', 'DepartmentOfficer']}><ReplyEditorPage /></RequireRole> },
      { path: 'replies/:id', element: <ReplyPage /> },
      { path: 'triage', element: <RequireRole roles={['Dispatcher']}><TriagePage /></RequireRole> },
      { path: 'cases', element: <RequireRole roles={readers}><CasesPage /></RequireRole> },
      { path: 'inbox', element: <RequireRole roles={['DepartmentOfficer']}><InboxPage /></RequireRole> },
      { path: 'dashboard', element: <RequireRole roles={readers}><DashboardPage /></RequireRole> },
      { path: 'reports', element: <RequireRole roles={readers}><SessionReportPage /></RequireRole> },
      { path: 'reports/:sessionId', element: <RequireRole roles={readers}><SessionReportPage /></RequireRole> },
      { path: 'escalations', element: <RequireRole roles={readers}><EscalationsPage /></RequireRole> },
      { path: 'activity', element: <RequireRole roles={['Overseer', 'PartyOffice']}><ActivityPage /></RequireRole> },
      { path: 'users', element: <RequireRole roles={['Admin']}><UsersPage /></RequireRole> },
      { path: 'sessions', element: <RequireRole roles={['Admin']}><SessionsPage /></RequireRole> },
      { path: 'signers', element: <RequireRole roles={['Admin']}><SignersPage /></RequireRole> },
      { path: 'calendar', element: <RequireRole roles={['Admin']}><CalendarPage /></RequireRole> },
      { path: 'notices/import', element: <RequireRole roles={['Dispatcher', 'PartyOffice']}><NoticeImportPage /></RequireRole> },
      { path: 'wards', element: <RequireRole roles={['Admin']}><WardsPage /></RequireRole> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function App({ queryClient, lang }: { queryClient?: QueryClient; lang?: Lang }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <I18nProvider lang={lang}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
