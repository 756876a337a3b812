// The dictionary's JSON API, as the pages use it. Errors arrive as RFC 9457 problems.

/** A failed call, carrying the problem the API answered (status, stable code, detail). */
export class ApiError extends Error {
  constructor(status, problem, path) {
    super(problem?.detail || problem?.title || `HTTP ${status} from ${path}`);
    this.status = status;
    this.code = problem?.code ?? null;
    this.path = path;
  }
}

const TOKEN_KEY = 'quanta.dictionary.token';

/**
 * The token this tab signed in with, or null. It lives in sessionStorage: this tab only, gone when the tab is
 * closed or the reader signs out; only ever sent to this dictionary's own API.
 */
export function token() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** GETs an API path with query parameters given as [name, value] pairs or an object. */
export async function get(path, params = []) {
  const url = new URL(path, window.location.origin);
  const pairs = Array.isArray(params) ? params : Object.entries(params);
  for (const [name, value] of pairs) {
    if (value != null && value !== '') url.searchParams.append(name, value);
  }
  let response;
  try {
    const headers = { Accept: 'application/json' };
    const signedIn = token();
    if (signedIn) headers.Authorization = `Bearer ${signedIn}`;
    response = await fetch(url, { headers });
  } catch (e) {
    throw new ApiError(0, { detail: 'The dictionary cannot be reached. Check that it is running.' }, path);
  }
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body, path);
  return body;
}

/** Path segment of an id, escaped. */
export function seg(id) {
  return encodeURIComponent(id);
}
