import type { Role } from '@/api/types';
import type { MessageKey } from '@/i18n/messages';

/** The menu's numbers (GET /api/notifications/counts) an entry may show. */
export type NavCount = 'toTriage' | 'openInMyDepartment' | 'repliesToRead';

export type NavItem = { to: string; label: MessageKey; end?: boolean; count?: NavCount };

/** Where each role starts, and what its menu offers. */
export const homeOf: Record<Role, string> = {
  GroupLeader: '/petitions',
  Dispatcher: '/triage',
  DepartmentOfficer: '/inbox',
  PartyOffice: '/dashboard',
  Overseer: '/dashboard',
  Admin: '/users',
};

export const navOf: Record<Role, NavItem[]> = {
  GroupLeader: [
    { to: '/petitions', label: 'nav.myPetitions', end: true, count: 'repliesToRead' },
    { to: '/petitions/new', label: 'nav.submit' },
  ],
  Dispatcher: [
    { to: '/triage', label: 'nav.triage', count: 'toTriage' },
    { to: '/petitions/new', label: 'nav.enter' },
    { to: '/notices/import', label: 'nav.notices' },
    { to: '/cases', label: 'nav.cases', end: true },
    { to: '/cases?overdue=true', label: 'nav.overdue' },
    { to: '/dashboard', label: 'nav.dashboard' },
  ],
  DepartmentOfficer: [{ to: '/inbox', label: 'nav.inbox', count: 'openInMyDepartment' }],
  PartyOffice: [
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/reports', label: 'nav.report' },
    { to: '/notices/import', label: 'nav.notices' },
    { to: '/cases', label: 'nav.cases', end: true },
    { to: '/escalations', label: 'nav.escalations' },
    { to: '/activity', label: 'nav.activity' },
  ],
  Overseer: [
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/escalations', label: 'nav.escalations' },
    { to: '/activity', label: 'nav.activity' },
    { to: '/cases', label: 'nav.cases', end: true },
  ],
  Admin: [
    { to: '/users', label: 'nav.users' },
    { to: '/sessions', label: 'nav.sessions' },
    { to: '/signers', label: 'nav.signers' },
    { to: '/calendar', label: 'nav.calendar' },
    { to: '/wards', label: 'nav.wards' },
    { to: '/cases', label: 'nav.cases', end: true },
    { to: '/dashboard', label: 'nav.dashboard' },
  ],
};

export const readers: Role[] = ['Dispatcher', 'PartyOffice', 'Overseer', 'Admin'];
