import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The antiforgery token of the signed-in session, sent in its header with every change (POST/PUT/DELETE). */
let antiforgery: { headerName: string; token: string } | null = null;

export function setAntiforgery(value: { headerName: string; token: string } | null) {
  antiforgery = value;
}

const unsafe = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

const antiforgeryMiddleware: Middleware = {
  onRequest({ request }) {
    if (antiforgery && unsafe(request.method)) request.headers.set(antiforgery.headerName, antiforgery.token);
    return request;
  },
};

/**
 * A change refused for its antiforgery token (a token from before the session was renewed) gets one fresh token
 * (GET /api/auth/antiforgery) and is sent once more. fetch is looked up at call time, so tests can replace it.
 */
async function send(request: Request): Promise<Response> {
  const retry = unsafe(request.method) ? request.clone() : null;
  const response = await globalThis.fetch(request);
  if (!retry || response.status !== 403) return response;
  const problem = (await response.clone().json().catch(() => null)) as Partial<Problem> | null;
  if (problem?.code !== 'antiforgeryRejected') return response;
  const fresh = await globalThis.fetch(new Request(new URL('/api/auth/antiforgery', request.url), { credentials: 'same-origin' }));
  if (!fresh.ok) return response;
  antiforgery = (await fresh.json()) as { headerName: string; token: string };
  retry.headers.set(antiforgery.headerName, antiforgery.token);
  return globalThis.fetch(retry);
}

/** Typed client over the generated paths; same origin, so the session cookie travels by itself. */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  credentials: 'same-origin',
  fetch: send,
});
api.use(antiforgeryMiddleware);

export type Problem = Schemas['Problem'];

/**
 * A refusal from the API: its status and its RFC 9457 problem details. Screens read its code and args (and on a 400
 * each field's codes), never its English title, detail or errors. A network failure has status 0 and no code.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
    message?: string,
  ) {
    super(message ?? `HTTP ${status}${problem.code ? ` ${problem.code}` : ''}`);
    this.name = 'ApiError';
  }

  get code() {
    return this.problem.code;
  }

  get args(): Record<string, unknown> {
    return this.problem.args ?? {};
  }

  /** On a 400: each field's codes and args, keyed as the API names the field ("items[0].text"). */
  get fieldCodes(): Record<string, Schemas['FieldCode'][]> {
    return this.problem.fieldCodes ?? {};
  }

  get isNotFound() {
    return this.status === 404;
  }

  get isConflict() {
    return this.status === 409;
  }

  /** 409 because the case changed since it was read (a stale If-Match), not because the transition is refused. */
  get isStale() {
    return this.code === 'staleVersion';
  }
}

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/** The answer's body, or an ApiError carrying the problem details. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await call;
  } catch (cause) {
    throw new ApiError(0, {}, String(cause));
  }
  const { data, error, response } = outcome;
  if (!response.ok) {
    const problem = (error && typeof error === 'object' ? error : {}) as Partial<Problem>;
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

/** The quoted version an If-Match header carries, e.g. "3". */
export const etagOf = (version: number) => `"${version}"`;
