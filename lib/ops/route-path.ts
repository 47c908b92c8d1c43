/**
 * One normalisation of a request's path before the front door checks anything
 * (lib/ops/front-door.ts): percent-decoding, backslashes read as slashes, dot segments
 * resolved, repeated slashes collapsed. The front door refuses a path that is not already in
 * this form: no browser sends one (browsers resolve `..` themselves and Next.js redirects `//`
 * and `\`), while the router decodes such a path one way and a check another, which is how
 * `/_next/image/..%2fentry/…` once skipped the front door.
 */

/** Built files served as they are: the only paths the front door leaves alone (proxy.ts's matcher). */
const BUILT_FILE = /^\/_next\/static\/[A-Za-z0-9_~.\-/]+$/;

/** Rounds of percent-decoding: a path encoded twice (`%252e%252e`) is still read as what it hides. */
const DECODE_ROUNDS = 3;

/** Decoded until stable (a round that fails stops it); null when even the first round fails. */
function decoded(raw: string): string | null {
  let path = raw;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(path);
    } catch {
      if (round === 0) return null;
      break;
    }
    if (next === path) break;
    path = next;
  }
  return path;
}

/** `..;x` and `.;x` are dot segments to servers that drop `;` parameters (Tomcat, some proxies). */
function dotSegment(segment: string): "." | ".." | null {
  const bare = segment.split(";", 1)[0];
  return bare === "." || bare === ".." ? bare : null;
}

/** Slashes and dot segments resolved, repeated slashes collapsed; a trailing slash is kept. */
function resolved(path: string): string {
  const segments = path.replaceAll("\\", "/").split("/");
  const out: string[] = [];
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const dots = dotSegment(segment);
    if (dots === "..") out.pop();
    if (dots || segment === "") {
      // "/a/.." and "/a/" end as a directory
      if (last && out.length > 0) out.push("");
      continue;
    }
    out.push(segment);
  }
  return "/" + out.join("/");
}

export type RoutePath = { ok: true; path: string } | { ok: false; reason: string; path: string | null };

/**
 * The path a request names, normalised; `ok` when the path as sent is already in that form
 * once decoded. Each segment is decoded on its own: an escaped slash or backslash (`%2f`,
 * `%5c`) is refused, as are control characters (NUL, CR, LF, …) and malformed escapes.
 */
export function routePath(raw: string): RoutePath {
  const segments: string[] = [];
  for (const segment of raw.split("/")) {
    const plain = decoded(segment);
    if (plain === null) return { ok: false, reason: "malformed percent-encoding", path: null };
    segments.push(plain);
  }
  const plain = segments.join("/");
  if (/[\u0000-\u001f\u007f]/.test(plain)) return { ok: false, reason: "control character", path: null };
  const path = resolved(plain);
  if (!raw.startsWith("/")) return { ok: false, reason: "relative path", path };
  if (segments.some((segment) => /[/\\]/.test(segment)) || raw.includes("\\"))
    return { ok: false, reason: "escaped or backward slash", path };
  if (path !== plain) return { ok: false, reason: "not normalised", path };
  return { ok: true, path };
}

/** A path the front door leaves alone: a built file, named as sent (no escapes, no dot segments). */
export function isBuiltFilePath(raw: string): boolean {
  return BUILT_FILE.test(raw) && routePath(raw).ok;
}
