import type { Role } from '@/api/types';
import type { MessageKey } from '@/i18n/messages';

export type NavItem = { to: string; label: MessageKey; end?: boolean };

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
    { to: '/petitions', label: 'nav.myPetitions', end: true },
    { to: '/petitions/new', label: 'nav.submit' },
  ],
  Dispatcher: [
    { to: '/triage', label: 'nav.triage' },
    { to: '/petitions/new', label: 'nav.enter' },
    { to: '/notices/import', label: 'nav.notices' },
    { to: '/cases', label: 'nav.cases', end: true },
    { to: '/cases?overdue=true', label: 'nav.overdue' },
    { to: '/dashboard', label: 'nav.dashboard' },
  ],
  DepartmentOfficer: [{ to: '/inbox', label: 'nav.inbox' }],
  PartyOffice: [
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/reports', label: 'nav.report' },
    { to: '/notices/import', label: 'nav.notices' },
    { to: '/cases', label: 'nav.cases', end: true },
    { to: '/escalations', label: 'nav.escalations' },
  ],
  Overseer: [
    { to: '/dashboard', label: 'nav.dashboard' },
    { to: '/escalations', label: 'nav.escalations' },
    { to: '/cases', label: 'nav.cases', end: true },
  ],
  Admin: [
    { to: '/users', label: 'nav.users' },
    { to: '/sessions', label: 'nav.sessions' },
    { to: '/calendar', label: 'nav.calendar' },
    { to: '/wards', label: 'nav.wards' },
    { to: '/cases', label: 'nav.cases', end: true },
    { to: '/dashboard', label: 'nav.dashboard' },
  ],
};

export const readers: Role[] = ['Dispatcher', 'PartyOffice', 'Overseer', 'Admin'];
