/** Which route a request names: the route and its path parameters, a path served under other methods only, or nothing. */
export type RouteMatch<R> = { kind: "found"; route: R; params: Record<string, string> } | { kind: "method"; allowed: string[] } | { kind: "none" };

function segments(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** The parameters of `path` under `pattern` ("/a/:id/b"), or null; a parameter is one non-empty, URL-decoded segment. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = segments(pattern);
  const got = segments(path);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}

export function matchRoute<R extends { method: string; pattern: string }>(routes: readonly R[], method: string, path: string): RouteMatch<R> {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { kind: "found", route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: "method", allowed } : { kind: "none" };
}
