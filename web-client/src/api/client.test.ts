import { describe, expect, it } from 'vitest';
import { mockApi } from '@/test/render';
import { ApiError, api, setAntiforgery, unwrap } from './client';

describe('the API client', () => {
  it('sends the antiforgery token with changes, and renews it once when the API refuses it', async () => {
    setAntiforgery({ headerName: 'X-CSRF-TOKEN', token: 'old' });
    let attempts = 0;
    const calls = mockApi({
      'POST /api/cases/5/start': (request) =>
        ++attempts === 1
          ? { status: 403, body: { title: 'Antiforgery token missing or invalid', status: 403 } }
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

  it('turns a refusal into an ApiError with its problem details and field errors', async () => {
    mockApi({
      'POST /api/cases/5/resolve': { status: 400, body: { title: 'The request is not valid', status: 400, errors: { result: ['Say what was done to resolve the case.'] } } },
    });
    const error: unknown = await unwrap(api.POST('/api/cases/{id}/resolve', { params: { path: { id: 5 } }, body: { result: '' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors).toEqual({ result: ['Say what was done to resolve the case.'] });
  });
});
