import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Problem } from '@/api/client';
import type { Me, ProblemCode } from '@/api/types';
import { meKey } from '@/api/auth/getMe';
import { I18nProvider, type Lang } from '@/i18n/I18n';

export const leader: Me = {
  id: 1, username: 'leader19', displayName: 'Nguyễn Bảo Bình', role: 'GroupLeader', wardId: 1, wardName: 'Phường Yên Hòa',
  departmentId: null, departmentName: null, organisation: 'TDP số 19',
};
export const dispatcher: Me = { ...leader, id: 3, username: 'dispatcher', displayName: 'Văn phòng HĐND và UBND', role: 'Dispatcher', organisation: null };
export const officer: Me = { ...leader, id: 4, username: 'ktht', displayName: 'Cán bộ KT-HT-ĐT', role: 'DepartmentOfficer', organisation: null, departmentId: 2, departmentName: 'Phòng KT-HT-ĐT' };

export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: Request) => Reply | Promise<Reply>;

/** Answers fetches by "METHOD /path" (query ignored); records every request. Unmatched requests fail the test. */
export function mockApi(routes: Record<string, Reply | Handler>) {
  const calls: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    calls.push(request.clone());
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const route = routes[key];
    if (!route) throw new Error(`Unexpected request ${key}`);
    const reply = typeof route === 'function' ? await route(request) : route;
    const status = reply.status ?? 200;
    const problem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, calls };
}

export function renderPage(
  element: ReactNode,
  { path = '/', route = '/', me = leader, lang = 'vi' }: { path?: string; route?: string; me?: Me | null; lang?: Lang } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  queryClient.setQueryData(meKey, me);
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [route] },
  );
  const result = render(
    <I18nProvider lang={lang}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, queryClient, router };
}

export const sessions = [
  { id: 1, code: 'Q1-2026', title: 'Hội nghị giao ban quý I/2026', heldOn: '2026-04-10', replyDeadline: '2026-04-20', lastWorkingDay: '2026-04-17', isClosed: false, takesPetitions: true, reportedOn: null, reportedBy: null, reportedByName: null, petitionCount: 7, caseCount: 12, repliedCount: 0 },
];
export const categories = [
  { code: 'Flooding', name: 'Úng ngập', nameEn: 'Flooding', defaultDepartmentId: 2 },
  { code: 'Security', name: 'An ninh trật tự', nameEn: 'Security', defaultDepartmentId: 5 },
  { code: 'Other', name: 'Khác', nameEn: 'Other', defaultDepartmentId: null },
];

/** A refusal as the API writes it: its code and args, and English title and detail that no screen may show. */
export function refusal(status: number, code: ProblemCode, args: Record<string, unknown> = {}, english: Partial<Problem> = {}): Reply {
  const body: Problem = {
    type: `tag:petitions,2026:problem/${code}`,
    title: `English title of ${code}`,
    status,
    detail: `English detail of ${code}`,
    code,
    args,
    ...english,
  };
  return { status, body };
}

/**
 * A 400 as the API writes it: each field's English messages in errors and its codes and args in fieldCodes.
 * Fields are given as [code, args, English message].
 */
export function invalid(fields: Record<string, Array<[ProblemCode, Record<string, unknown>, string]>>): Reply {
  const entries = Object.entries(fields);
  const body: Problem = {
    type: 'tag:petitions,2026:problem/validation',
    title: 'The request is not valid',
    status: 400,
    detail: 'See errors for each field and what is wrong with it.',
    code: 'validation',
    args: {},
    errors: Object.fromEntries(entries.map(([key, list]) => [key, list.map(([, , message]) => message)])),
    fieldCodes: Object.fromEntries(entries.map(([key, list]) => [key, list.map(([code, args]) => ({ code, args }))])),
  };
  return { status: 400, body };
}
