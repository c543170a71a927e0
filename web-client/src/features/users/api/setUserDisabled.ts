import { api, unwrap } from '@/api/client';

/** POST /api/users/{id}/disable or /enable: a disabled user's tokens and cookies stop working at once. */
export const setUserDisabled = (id: number, disabled: boolean) =>
  disabled
    ? unwrap(api.POST('/api/users/{id}/disable', { params: { path: { id } } }))
    : unwrap(api.POST('/api/users/{id}/enable', { params: { path: { id } } }));
