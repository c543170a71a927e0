import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** Every notification read starts with it (the list, the counts, the settings). */
export const notificationsKey = ['notifications'] as const;
export const notificationListKey = [...notificationsKey, 'list'] as const;

/** GET /api/notifications: the signed-in user's, newest first, with the number unread. */
export const listNotifications = () => unwrap(api.GET('/api/notifications', { params: { query: { limit: 50 } } }));

export const notificationsOptions = () => queryOptions({ queryKey: notificationListKey, queryFn: listNotifications });

export const useNotifications = () => useQuery(notificationsOptions());
