import { api, unwrap } from '@/api/client';

/** POST /api/sessions/{id}/close or /open: a closed session takes no more petitions; its cases go on. */
export const setSessionClosed = (id: number, closed: boolean) =>
  closed
    ? unwrap(api.POST('/api/sessions/{id}/close', { params: { path: { id } } }))
    : unwrap(api.POST('/api/sessions/{id}/open', { params: { path: { id } } }));
