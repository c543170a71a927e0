import { queryOptions, useQuery } from '@tanstack/react-query';
import { casesKey } from '@/api/cases/listCases';
import { api, unwrap } from '@/api/client';

export const caseAttachmentsKey = (caseId: number) => [...casesKey, 'attachments', caseId] as const;

/** GET /api/cases/{id}/attachments: the case's photos and PDFs, without their bytes. */
export const listCaseAttachments = (caseId: number) =>
  unwrap(api.GET('/api/cases/{id}/attachments', { params: { path: { id: caseId } } }));

export const caseAttachmentsOptions = (caseId: number) =>
  queryOptions({ queryKey: caseAttachmentsKey(caseId), queryFn: () => listCaseAttachments(caseId) });

export const useCaseAttachments = (caseId: number) => useQuery(caseAttachmentsOptions(caseId));
