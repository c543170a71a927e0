import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';

/** GET /api/sessions/{id}/report: the Party Office's report as JSON (table, summary, escalations). */
export type SessionReport = Schemas['GetSessionReportReport'];

export const sessionReportKey = (id: number | undefined) => ['reports', id] as const;

// The operation also answers Word, CSV and HTML, so its generated 200 is a union; without ?format it is JSON.
export const getSessionReport = async (id: number) =>
  (await unwrap(api.GET('/api/sessions/{id}/report', { params: { path: { id }, query: {} } }))) as SessionReport;

export const sessionReportOptions = (id: number | undefined) =>
  queryOptions({
    queryKey: sessionReportKey(id),
    queryFn: () => getSessionReport(id!),
    enabled: id !== undefined && Number.isFinite(id),
  });

export const useSessionReport = (id: number | undefined) => useQuery(sessionReportOptions(id));

/** The same report as a file (Word, CSV) or a printable page: links, not fetches, so the browser downloads them. */
export const sessionReportUrl = (id: number, format: 'docx' | 'csv' | 'html' | 'xlsx') => `/api/sessions/${id}/report?format=${format}`;
