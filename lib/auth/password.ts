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

export { PASSWORD_MIN_LENGTH, passwordProblem } from "./password-policy";
