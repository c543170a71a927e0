import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { notificationsKey } from './listNotifications';

/** POST /api/notifications/{id}/read, or POST /api/notifications/read for all of them (id null). */
export const markNotificationRead = (id: number | null) =>
  id === null
    ? unwrap(api.POST('/api/notifications/read'))
    : unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
