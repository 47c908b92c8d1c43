import {
  MAX_ABS_VALUE,
  SCALE_DIGITS,
  decimalStringFromScaled,
  plainDecimalText,
  scaledFromDecimalString,
} from "./decimal";

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
  const unit = /^[-−+]?[\d.,\s\u00a0\u202f]+(\p{L}.*)$/u.exec(input.normalize("NFC").trim());
  if (unit) return fail(`Số "${input.trim()}" ghi kèm đơn vị "${unit[1]}": chỉ nhập số, không kèm đơn vị`);
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
  return decimalFigure(input.trim(), negative, groups.join(""), frac, percent);
}

/** The largest figure stored, as a message shows it (|value| < 1e11: at most 11 integer digits). */
const MAX_SHOWN = "99.999.999.999,9999";

/**
 * The one rule for every figure, typed or sent as a JSON number: at most SCALE_DIGITS decimals
 * (more is refused, never rounded) and |value| < MAX_ABS_VALUE, checked on the digits.
 */
function decimalFigure(shown: string, negative: boolean, digits: string, frac: string, percent: boolean): ParseResult {
  if (frac.length > SCALE_DIGITS) return fail(`Số "${shown}" có quá ${SCALE_DIGITS} chữ số thập phân`);
  const intDigits = digits.replace(/^0+(?=\d)/, "");
  if (intDigits.length > String(MAX_ABS_VALUE).length - 1) return fail(`Số "${shown}" quá lớn (tối đa ${MAX_SHOWN})`);
  const scaled = scaledFromDecimalString(`${negative ? "-" : ""}${intDigits}${frac ? `.${frac}` : ""}`);
  const value = scaled / 10 ** SCALE_DIGITS;
  return { ok: true, value: value === 0 ? 0 : value, scaled: scaled === 0 ? 0 : scaled, percent };
}

/**
 * Accepts a JSON number or a Vietnamese-formatted string; refuses NaN, Infinity, huge and
 * over-precise numbers. A JSON number is read from its shortest decimal text (123456.78905 has
 * five decimals and is refused, as "123456,78905" typed is), so both forms share one rule.
 */
export function parseNumberInput(input: unknown): ParseResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("Giá trị không phải là số hữu hạn");
    if (Math.abs(input) >= MAX_ABS_VALUE) return fail(`Số "${String(input)}" quá lớn (tối đa ${MAX_SHOWN})`);
    const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(plainDecimalText(input))!;
    return decimalFigure(String(input), m[1] === "-", m[2], m[3] ?? "", false);
  }
  if (typeof input === "string") return parseViNumber(input);
  return fail("Giá trị phải là số");
}

/** Whether a figure typed with "%" fits an indicator measured in `unit`: only units in per cent ("%", "% kế hoạch"). */
export function percentFitsUnit(unit: string): boolean {
  return unit.normalize("NFC").trim().startsWith("%");
}

export { decimalStringFromScaled };
