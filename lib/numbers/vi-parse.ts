import { MAX_ABS_VALUE, SCALE_DIGITS, decimalStringFromScaled, scaledFromDecimalString, toScaled } from "./decimal";

export type ParseResult = { ok: true; value: number; scaled: number; percent: boolean } | { ok: false; error: string };

const EXAMPLE = "ví dụ 27.068,7";

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/**
 * Parses a number typed the Vietnamese way ("27.068,7", "2.285", "60,1%", "-5,5").
 * "." groups thousands (groups of exactly 3 digits), "," marks decimals.
 * Ambiguous or foreign forms ("1,234.5", "2.28", "1e5") are refused with a message
 * saying how to write the number.
 */
export function parseViNumber(input: string): ParseResult {
  let text = input.normalize("NFC").trim();
  if (text === "") return fail("Chưa nhập số");
  text = text.replace(/[\s\u00a0\u202f]/g, "");
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1);
  }
  let negative = false;
  if (/^[-−+]/.test(text)) {
    negative = text[0] !== "+";
    text = text.slice(1);
  }
  if (text === "") return fail("Chưa nhập số");
  if (/[eE]|infinity|nan/i.test(text))
    return fail(`Số "${input.trim()}" không hợp lệ: chỉ dùng chữ số, dấu chấm và dấu phẩy (${EXAMPLE})`);
  if (!/^[\d.,]+$/.test(text)) return fail(`Số "${input.trim()}" có ký tự không hợp lệ (${EXAMPLE})`);
  const firstComma = text.indexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (firstComma >= 0 && lastDot > firstComma) {
    return fail(
      `Số "${input.trim()}" không rõ định dạng: dùng dấu chấm phân cách hàng nghìn và dấu phẩy phân cách phần thập phân (ví dụ 1.234,5)`,
    );
  }
  if (text.split(",").length > 2) return fail(`Số "${input.trim()}" có nhiều hơn một dấu phẩy thập phân (${EXAMPLE})`);
  const [intGroup, frac = ""] = text.split(",");
  if (firstComma >= 0 && frac === "")
    return fail(`Số "${input.trim()}" thiếu phần thập phân sau dấu phẩy (${EXAMPLE})`);
  if (intGroup === "") return fail(`Số "${input.trim()}" thiếu phần nguyên (ví dụ 0,5)`);
  const groups = intGroup.split(".");
  if (groups.length > 1) {
    const validGrouping =
      groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
    if (!validGrouping) {
      return fail(
        `Số "${input.trim()}" sai cách phân cách hàng nghìn: dấu chấm tách từng nhóm 3 chữ số, phần thập phân sau dấu phẩy (${EXAMPLE})`,
      );
    }
  }
  const digits = groups.join("");
  if (frac.length > SCALE_DIGITS) return fail(`Số "${input.trim()}" có quá ${SCALE_DIGITS} chữ số thập phân`);
  const canonical = `${negative ? "-" : ""}${digits.replace(/^0+(?=\d)/, "")}${frac ? `.${frac}` : ""}`;
  if (digits.length > 12) return fail(`Số "${input.trim()}" quá lớn`);
  const scaled = scaledFromDecimalString(canonical);
  const value = scaled / 10 ** SCALE_DIGITS;
  if (Math.abs(value) >= MAX_ABS_VALUE) return fail(`Số "${input.trim()}" quá lớn`);
  return { ok: true, value: value === 0 ? 0 : value, scaled, percent };
}

/** Accepts a JSON number or a Vietnamese-formatted string; refuses NaN, Infinity, huge and over-precise numbers. */
export function parseNumberInput(input: unknown): ParseResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("Giá trị không phải là số hữu hạn");
    if (Math.abs(input) >= MAX_ABS_VALUE) return fail("Giá trị quá lớn");
    const scaled = toScaled(input);
    // a non-zero figure must not round to zero (5e-324 is not 0), nor lose decimals
    if (
      (input !== 0 && scaled === 0) ||
      Math.abs(scaled / 10 ** SCALE_DIGITS - input) > 1e-9 * Math.max(1, Math.abs(input))
    ) {
      return fail(`Giá trị có quá ${SCALE_DIGITS} chữ số thập phân`);
    }
    return { ok: true, value: scaled / 10 ** SCALE_DIGITS, scaled, percent: false };
  }
  if (typeof input === "string") return parseViNumber(input);
  return fail("Giá trị phải là số");
}

export { decimalStringFromScaled };
