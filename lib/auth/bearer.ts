/**
 * The token of an `Authorization: Bearer <token>` header, or null when the header names no
 * Bearer credentials. The scheme is case-insensitive (RFC 7235 §2.1: "bearer", "BEARER") and
 * may be followed by several spaces or tabs; the token is RFC 6750's b64token, without spaces.
 */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i.exec(authorization ?? "");
  return match ? match[1] : null;
}

/** Whether the header names Bearer credentials at all (well-formed or not): then the cookie is not consulted. */
export function isBearerScheme(authorization: string | null | undefined): boolean {
  return /^bearer(?:[ \t]|$)/i.test(authorization ?? "");
}
