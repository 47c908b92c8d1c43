/**
 * Cross-origin protection for every state-changing request (server actions, API routes,
 * next-auth): a request whose Origin is not this site's own host (or one listed in
 * ALLOWED_ORIGINS, comma separated hosts, for a reverse proxy under another name) is refused.
 * Server actions must carry an Origin (browsers always send one on POST); API clients with
 * a Bearer token and no Origin (scripts, other systems) are let through to their own checks.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function allowedOriginHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

export function crossOriginRefusal(input: {
  method: string;
  origin: string | null;
  host: string | null;
  isServerAction: boolean;
  allowed?: string[];
}): string | null {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return null;
  if (!input.origin) return input.isServerAction ? "Yêu cầu thiếu nguồn gốc (Origin)" : null;
  let originHost: string;
  try {
    originHost = new URL(input.origin).host.toLowerCase();
  } catch {
    return "Nguồn gốc yêu cầu không hợp lệ";
  }
  const host = (input.host ?? "").toLowerCase();
  if (originHost === host || (input.allowed ?? []).includes(originHost)) return null;
  return "Yêu cầu từ trang web khác bị từ chối";
}
