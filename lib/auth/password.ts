import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): string {
  return bcrypt.hashSync(password, COST);
}

export function verifyPassword(password: string, hash: string): boolean {
  return bcrypt.compareSync(password, hash);
}

let cachedDummyHash: string | null = null;

/** A hash to compare against when the user does not exist, so both failures cost the same time. */
export function dummyHash(): string {
  cachedDummyHash ??= bcrypt.hashSync("khong-co-nguoi-dung", COST);
  return cachedDummyHash;
}

export const PASSWORD_MIN_LENGTH = 8;

/** Vietnamese message when a password is too weak, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`;
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) return "Mật khẩu phải có cả chữ và số";
  return null;
}
