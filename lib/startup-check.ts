import { AUTH_SECRET_HELP, authSecretProblem } from "./env";

/** A production server refuses to start without a strong AUTH_SECRET, saying what to do. */
export function checkStartup(): void {
  if (process.env.NODE_ENV !== "production") return;
  const problem = authSecretProblem(process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET);
  if (problem) {
    console.error(`\nKhông thể khởi động: ${problem}.\n${AUTH_SECRET_HELP}\n`);
    process.exit(1);
  }
}
