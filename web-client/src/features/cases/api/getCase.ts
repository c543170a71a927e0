import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CaseDetail } from '@/api/types';

export type CaseWithEtag = { detail: CaseDetail; etag: string };

export const caseKey = (id: number) => ['cases', 'detail', id] as const;

/** GET /api/cases/{id}: the case, its history, and its ETag to send back as If-Match. */
export async function getCase(id: number): Promise<CaseWithEtag> {
  const outcome = await api.GET('/api/cases/{id}', { params: { path: { id } } });
  const detail = await unwrap(Promise.resolve(outcome));
  return { detail, etag: outcome.response.headers.get('ETag') ?? `"${detail.version}"` };
}

export const useCase = (id: number) =>
  useQuery({ queryKey: caseKey(id), queryFn: () => getCase(id), enabled: Number.isFinite(id) });
