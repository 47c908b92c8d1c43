/**
 * Environment checks. AUTH_SECRET signs sessions: a production server refuses to start
 * without a strong one (`npm start` generates one for the demo and keeps it outside the repo).
 */
const WEAK_SECRETS = ["secret", "changeme", "change-me", "password", "development", "test"];

export function authSecretProblem(secret: string | undefined): string | null {
  if (!secret) return "AUTH_SECRET chưa được đặt";
  if (secret.length < 32) return "AUTH_SECRET quá ngắn (cần ít nhất 32 ký tự ngẫu nhiên)";
  if (WEAK_SECRETS.some((weak) => secret.toLowerCase().includes(weak))) return "AUTH_SECRET dễ đoán";
  if (new Set(secret).size < 10) return "AUTH_SECRET không đủ ngẫu nhiên";
  return null;
}

export const AUTH_SECRET_HELP =
  "Đặt biến môi trường AUTH_SECRET là một chuỗi ngẫu nhiên dài, ví dụ: AUTH_SECRET=$(openssl rand -base64 48). " +
  "Lệnh `npm start` tự tạo một khóa cho bản chạy thử.";

/** The secret, or an error in production when it is weak. In development a fixed local secret is used. */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  const problem = authSecretProblem(secret);
  if (!problem) return secret!;
  if (process.env.NODE_ENV === "production") throw new Error(`${problem}. ${AUTH_SECRET_HELP}`);
  return "dev-only-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
}
