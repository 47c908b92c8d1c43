/** Runs once when the server starts; the Node.js part refuses to run without a strong AUTH_SECRET. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    checkStartup();
  }
}
