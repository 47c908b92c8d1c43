/**
 * Where a browser may be sent after signing in (or out): only a path of this site. Every
 * redirect target that comes from a request (`/login?callbackUrl=`, next-auth's callback URL)
 * goes through here. Browsers read `\` as `/` and drop tabs and newlines inside a URL, so
 * `/\evil.example` and `/<tab>/evil.example` leave the site; an encoded `%5C` or `%2F%2F` is
 * decoded by the page before it is used, and may be encoded twice. So every decoding of the
 * target must be a plain path, and the result is the path the URL parser makes of it.
 * Pure: the login page, its form and next-auth's redirect callback share it.
 */

/** Where an unusable target sends the browser: the home page, which sends each user to theirs. */
export const SAFE_REDIRECT_FALLBACK = "/";

const MAX_LENGTH = 2048;
/** Decoding layers looked through (`%252F` is `%2F` once decoded, `/` twice). */
const MAX_DECODINGS = 4;
/** An origin no request can name: a target that keeps it after parsing is a path of this site. */
const PROBE_ORIGIN = "http://same-origin.invalid";

/** Backslashes, whitespace but the plain space, control and format characters (bidi, zero-width), unassigned code points. */
const UNSAFE_CHARACTER = /[\\\p{C}]|[^\S ]/u;

/** One decoding's form is a plain path: `/` then no second `/` at once, and no character a browser reads differently. */
function plainPath(form: string): boolean {
  return form.startsWith("/") && !form.startsWith("//") && !UNSAFE_CHARACTER.test(form);
}

function decodeOnce(form: string): string | null {
  try {
    return decodeURIComponent(form);
  } catch {
    return null;
  }
}

/**
 * The target as a path of this site (`/entry/sct?revise=1`), or the fallback when it names
 * another site, a scheme, or anything a browser could read as one, in any decoding.
 */
export function safeRedirectPath(value: unknown, fallback = SAFE_REDIRECT_FALLBACK): string {
  const raw = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  let form = raw;
  for (let layer = 0; ; layer += 1) {
    if (!plainPath(form)) return fallback;
    const decoded = decodeOnce(form);
    if (decoded === null) return fallback;
    if (decoded === form) break;
    if (layer === MAX_DECODINGS) return fallback;
    form = decoded;
  }
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return plainPath(path) ? path : fallback;
}

/**
 * next-auth's redirect callback: a target on the site's own origin (`baseUrl`, absolute as
 * next-auth sends the page's own address, or a path) becomes that origin plus its checked
 * path; anything else the origin's home page.
 */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const origin = base.origin;
  let path: unknown = url;
  if (!url.startsWith("/")) {
    let absolute: URL | null = null;
    try {
      absolute = new URL(url);
    } catch {
      absolute = null;
    }
    // the raw text must start with the origin itself: no userinfo, no other spelling of the host
    path =
      absolute && absolute.origin === origin && url.startsWith(`${origin}/`) ? url.slice(origin.length) : undefined;
  }
  return `${origin}${safeRedirectPath(path)}`;
}
