/**
 * Runs once when the server starts: refuses to run without a strong AUTH_SECRET, marks the
 * database as served (db:restore refuses then), and hands the JSON API to the server
 * (scripts/serve.mjs serves /api/v1 with it, beside Next.js: lib/api/v1/serve.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    checkStartup();
    const { databasePath } = await import("./db/path");
    const { writeServerMarker } = await import("./lib/ops/server-marker");
    if (databasePath() !== ":memory:") writeServerMarker(databasePath());
    const { serveApi } = await import("./lib/api/v1/serve");
    (globalThis as { __chiTieuApi?: typeof serveApi }).__chiTieuApi = serveApi;
  }
}
