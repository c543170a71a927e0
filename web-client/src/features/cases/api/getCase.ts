import { queryOptions, useQuery } from '@tanstack/react-query';
import { casesKey } from '@/api/cases/listCases';
import { api, unwrap } from '@/api/client';
import type { CaseDetail } from '@/api/types';

export type CaseWithEtag = { detail: CaseDetail; etag: string };

export const caseKey = (id: number) => [...casesKey, 'detail', id] as const;

/** GET /api/cases/{id}: the case, its history, and its ETag to send back as If-Match. */
export async function getCase(id: number): Promise<CaseWithEtag> {
  const outcome = await api.GET('/api/cases/{id}', { params: { path: { id } } });
  const detail = await unwrap(Promise.resolve(outcome));
  return { detail, etag: outcome.response.headers.get('ETag') ?? `"${detail.version}"` };
}

export const caseOptions = (id: number) =>
  queryOptions({ queryKey: caseKey(id), queryFn: () => getCase(id), enabled: Number.isFinite(id) });

export const useCase = (id: number) => useQuery(caseOptions(id));
