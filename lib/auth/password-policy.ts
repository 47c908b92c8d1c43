/**
 * The one password policy: an admin's reset, a new account, the CLI and a user's own change
 * (lib/users/schemas.ts newPasswordSchema for the forms and the API, lib/users/service.ts on the
 * server). Pure, so the browser checks the same rule before sending.
 */
export const PASSWORD_MIN_LENGTH = 8;

/** Vietnamese message when a password is too weak, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`;
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) return "Mật khẩu phải có cả chữ và số";
  return null;
}
