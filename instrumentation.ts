/** Runs once when the server starts: a production server refuses to run without a strong AUTH_SECRET. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { authSecretProblem, AUTH_SECRET_HELP } = await import("./lib/env");
  const problem = authSecretProblem(process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET);
  if (problem) {
    console.error(`\nKhông thể khởi động: ${problem}.\n${AUTH_SECRET_HELP}\n`);
    process.exit(1);
  }
}
