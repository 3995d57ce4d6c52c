/**
 * The UI's only door to the server: JSON over /api. A failure becomes an ApiError carrying the server's own
 * message (and "did you mean" names), which views show as they are.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly suggestions: readonly string[] = [],
  ) {
    super(message);
  }

  /** The words a person reads: the server's message and, when it has them, the closest names. */
  get words(): string {
    return this.suggestions.length > 0 ? `${this.message}. Did you mean: ${this.suggestions.join(', ')}?` : this.message;
  }
}

export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { signal });
}

function authorization(): Record<string, string> {
  const token = sessionStorage.getItem('entente-token');
  return token ? { authorization: `Bearer ${token}` } : {};
}

export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...authorization() }, signal });
}

export async function deleteJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { method: 'DELETE', headers: authorization(), signal });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', 'The server does not answer: it may have stopped, or the network is down. Try again in a moment.');
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', `The server answered ${res.status} with something that is not JSON`);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; suggestions?: string[] } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP', err?.message ?? `The server answered ${res.status}`, err?.suggestions ?? []);
  }
  return body as T;
}

export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/** The words for any failure a view catches. */
export function words(e: unknown): string {
  if (e instanceof ApiError) return e.words;
  return e instanceof Error ? e.message : String(e);
}
