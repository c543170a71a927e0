import { api, unwrap, type Schemas } from '@/api/client';

export type Correction = Omit<Schemas['CorrectCaseCommand'], 'reason'>;

/** POST /api/cases/{id}/correct: the dispatcher corrects the category, location or wording; the original stays. */
export const correctCase = (id: number, etag: string, correction: Correction, reason: string) =>
  unwrap(api.POST('/api/cases/{id}/correct', { params: { path: { id }, header: { 'If-Match': etag } }, body: { ...correction, reason } }));
