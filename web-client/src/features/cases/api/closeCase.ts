import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/client';

export type Acceptance = Schemas['CloseCaseCommand'];

/**
 * POST /api/cases/{id}/close: the petitioner accepts the reply, with a satisfaction rating (1–5) and a comment if
 * they give one; without a rating the body is left out.
 */
export const closeCase = (id: number, etag: string, acceptance: Acceptance = { rating: null, comment: null }) =>
  unwrap(
    api.POST('/api/cases/{id}/close', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: acceptance.rating == null ? undefined : acceptance,
    }),
  );
