import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { notificationsKey } from './listNotifications';

export const countsKey = [...notificationsKey, 'counts'] as const;

/** How often the menu's numbers are read again while a screen is open. */
export const countsInterval = 10_000;

/** GET /api/notifications/counts: unread notifications, and the menu's numbers for the caller's role. */
export const getCounts = () => unwrap(api.GET('/api/notifications/counts'));

export const countsOptions = () => queryOptions({ queryKey: countsKey, queryFn: getCounts, refetchInterval: countsInterval });

export const useCounts = () => useQuery(countsOptions());
