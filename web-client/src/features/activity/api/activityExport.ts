import type { ActivityFilters } from './listActivity';

/** GET /api/activity?format=xlsx: every event the log's filters find, as an Excel workbook (a download link). */
export function activityExportUrl(filters: ActivityFilters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  query.set('format', 'xlsx');
  return `/api/activity?${query.toString()}`;
}
