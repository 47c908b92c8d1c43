/**
 * Runs once when a server process starts (Next.js instrumentation): refuses to run without a
 * strong AUTH_SECRET and marks the database as served (db:restore refuses then).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    checkStartup();
    const { databasePath } = await import("./db/path");
    const { writeServerMarker } = await import("./lib/ops/server-marker");
    if (databasePath() !== ":memory:") writeServerMarker(databasePath());
  }
}
