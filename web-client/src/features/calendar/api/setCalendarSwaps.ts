import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/client';
import { calendarYearKey } from './getCalendarYear';

export type Swap = Schemas['SetCalendarSwapsSwap'];

/** PUT /api/calendar/{year}/swaps: the year's swapped days, replacing those entered before (none is an answer too). */
export const setCalendarSwaps = (year: number, days: Swap[]) =>
  unwrap(api.PUT('/api/calendar/{year}/swaps', { params: { path: { year } }, body: { days } }));

export function useSetCalendarSwaps(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: Swap[]) => setCalendarSwaps(year, days),
    onSuccess: (answer) => queryClient.setQueryData(calendarYearKey(year), answer),
  });
}
