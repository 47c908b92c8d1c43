/** @type {import('next').NextConfig} */
// On every answer. The front door (proxy.ts → lib/ops/front-door.ts) sets the same
// SECURITY_HEADERS on what it handles, as this CommonJS config cannot import them, and the page
// policy with its per-request script nonce (lib/ops/csp.ts); the built files it leaves alone
// (/_next/static, proxy.ts's matcher) get this policy.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
const STATIC_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

module.exports = {
  reactStrictMode: true,
  // inlined at build time: the API's ETags name the build (lib/api/etag.ts)
  env: { CHI_TIEU_BUILD_ID: process.env.CHI_TIEU_BUILD_ID ?? Date.now().toString(36) },
  poweredByHeader: false,
  // compressing pages is the reverse proxy's job (docs/operations.md): gzip of every page cost
  // ~2 ms of CPU per render on a 2-core server; the JSON API is compressed by scripts/serve.mjs
  compress: false,
  serverExternalPackages: ["better-sqlite3", "bcryptjs", "pino"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }] },
    ];
  },
};
