/** @type {import('next').NextConfig} */
// On every answer. The page policy with its per-request script nonce is set by the front door
// (lib/ops/front-door.ts, lib/ops/csp.ts); the built files it leaves alone get this one.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
const STATIC_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // compression is the reverse proxy's job (docs/operations.md): gzip of every page cost ~2 ms
  // of CPU per render on a 2-core server
  compress: false,
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
