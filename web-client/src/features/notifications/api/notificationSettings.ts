import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/client';
import { notificationsKey } from './listNotifications';

export type NotificationSettings = Schemas['NotificationSettingsCommand'];

export const settingsKey = [...notificationsKey, 'settings'] as const;

/** GET /api/notifications/settings: the user's email address and preference. */
export const getNotificationSettings = () => unwrap(api.GET('/api/notifications/settings'));

export const settingsOptions = () => queryOptions({ queryKey: settingsKey, queryFn: getNotificationSettings });

export const useNotificationSettings = () => useQuery(settingsOptions());

/** PUT /api/notifications/settings. */
export const setNotificationSettings = (body: NotificationSettings) => unwrap(api.PUT('/api/notifications/settings', { body }));

export function useSetNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}
