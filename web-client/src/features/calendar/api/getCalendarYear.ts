import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const calendarYearKey = (year: number) => ['calendar', year] as const;

/** GET /api/calendar/{year}: the year's days off and make-up days, and whether its swapped days are still missing. */
export const getCalendarYear = (year: number) => unwrap(api.GET('/api/calendar/{year}', { params: { path: { year } } }));

export const calendarYearOptions = (year: number) => queryOptions({ queryKey: calendarYearKey(year), queryFn: () => getCalendarYear(year) });

export const useCalendarYear = (year: number) => useQuery(calendarYearOptions(year));
