/** Việt Nam keeps UTC+7 all year (no daylight saving), so the offset is a constant. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * A stored time (ISO string or Date) as people in the province read it: "10:04:05 1/7/2024",
 * Vietnam time, as `toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })` writes it, but
 * the same on the server and in every browser (no dependence on the runtime's locale data).
 */
export function formatViDateTime(at: string | Date): string {
  const local = new Date((typeof at === "string" ? Date.parse(at) : at.getTime()) + VIETNAM_OFFSET_MS);
  if (Number.isNaN(local.getTime())) return "";
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  return `${time} ${local.getUTCDate()}/${local.getUTCMonth() + 1}/${local.getUTCFullYear()}`;
}
