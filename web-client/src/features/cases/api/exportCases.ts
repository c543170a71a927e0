/** GET /api/cases/export: every case the list's filters find, as an Excel workbook or CSV (a download link). */
export function caseListExportUrl(filters: URLSearchParams, format: 'xlsx' | 'csv') {
  const query = new URLSearchParams();
  for (const name of ['status', 'departmentId', 'category', 'sessionId', 'overdue', 'q']) {
    const value = filters.get(name);
    if (value) query.set(name, value);
  }
  query.set('format', format);
  return `/api/cases/export?${query.toString()}`;
}
