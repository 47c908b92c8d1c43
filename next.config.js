/** @type {import('next').NextConfig} */
// On every answer. The page policy with its per-request script nonce is set in proxy.ts
// (lib/ops/csp.ts); the files the proxy does not see get this one.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
const STATIC_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "bcryptjs", "pino"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }] },
      { source: "/_next/image/:path*", headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }] },
      { source: "/favicon.ico", headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }] },
    ];
  },
};
