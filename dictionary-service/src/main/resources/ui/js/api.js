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

/** GETs an API path with query parameters given as [name, value] pairs or an object. */
export async function get(path, params = []) {
  const url = new URL(path, window.location.origin);
  const pairs = Array.isArray(params) ? params : Object.entries(params);
  for (const [name, value] of pairs) {
    if (value != null && value !== '') url.searchParams.append(name, value);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
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
