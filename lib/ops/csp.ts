/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (Next.js
 * puts it on its own scripts when it finds it in the request's policy) and what they load
 * ('strict-dynamic'); no eval in production; nothing framed; forms only to this site. Styles
 * keep 'unsafe-inline': the charts (Recharts) and React style attributes set inline styles,
 * which nonces cannot cover.
 */
export function contentSecurityPolicy(nonce: string, production = process.env.NODE_ENV === "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
