import { describe, expect, it } from 'vitest';
import { invalid, mockApi, refusal } from '@/test/render';
import { ApiError, api, setAntiforgery, unwrap } from './client';

describe('the API client', () => {
  it('sends the antiforgery token with changes, and renews it once when the API refuses it', async () => {
    setAntiforgery({ headerName: 'X-CSRF-TOKEN', token: 'old' });
    let attempts = 0;
    const calls = mockApi({
      'POST /api/cases/5/start': (request) =>
        ++attempts === 1
          ? refusal(403, 'antiforgeryRejected')
          : { body: { id: 5, status: 'InProgress', version: 4, token: request.headers.get('X-CSRF-TOKEN') } },
      'GET /api/auth/antiforgery': { body: { headerName: 'X-CSRF-TOKEN', token: 'new' } },
    }).calls;

    const change = await unwrap(api.POST('/api/cases/{id}/start', { params: { path: { id: 5 }, header: { 'If-Match': '"3"' } } }));

    expect(change.status).toBe('InProgress');
    expect(calls.map((r) => `${r.method} ${r.headers.get('X-CSRF-TOKEN') ?? ''}`)).toEqual([
      'POST old',
      'GET ',
      'POST new',
    ]);
  });

  it('tells an antiforgery refusal by its code, not its title', async () => {
    setAntiforgery({ headerName: 'X-CSRF-TOKEN', token: 'old' });
    const { calls } = mockApi({
      'POST /api/cases/5/start': refusal(403, 'forbidden', {}, { title: 'Antiforgery token missing or invalid' }),
    });

    const error: unknown = await unwrap(api.POST('/api/cases/{id}/start', { params: { path: { id: 5 }, header: { 'If-Match': '"3"' } } })).catch((e: unknown) => e);

    expect((error as ApiError).code).toBe('forbidden');
    expect(calls).toHaveLength(1);
  });

  it('turns a refusal into an ApiError with its code and each field\'s codes', async () => {
    mockApi({
      'POST /api/cases/5/resolve': invalid({ result: [['case.resolve.result.required', {}, 'Say what was done to resolve the case.']] }),
    });
    const error: unknown = await unwrap(api.POST('/api/cases/{id}/resolve', { params: { path: { id: 5 } }, body: { result: '' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).code).toBe('validation');
    expect((error as ApiError).fieldCodes).toEqual({ result: [{ code: 'case.resolve.result.required', args: {} }] });
  });

  it('calls a stale version stale by its code', async () => {
    mockApi({ 'POST /api/cases/5/start': refusal(409, 'staleVersion', { resource: 'Case', id: 5, expected: 3, actual: 4 }) });
    const error: unknown = await unwrap(api.POST('/api/cases/{id}/start', { params: { path: { id: 5 }, header: { 'If-Match': '"3"' } } })).catch((e: unknown) => e);
    expect((error as ApiError).isStale).toBe(true);
  });
});
