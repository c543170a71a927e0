import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/refer: beyond the ward's authority, to a city agency. */
export const referCase = (id: number, etag: string, agency: string, referralLetter: string) =>
  unwrap(api.POST('/api/cases/{id}/refer', { params: { path: { id }, header: { 'If-Match': etag } }, body: { agency, referralLetter } }));
