import { parseViNumber } from "@/lib/numbers";

/** A target as stored: scaled integers (× 10 000); a value, a range (min and max) or a bound (min or max). */
export interface TargetAmounts {
  value: number | null;
  min: number | null;
  max: number | null;
}

export type TargetTextResult = { ok: true; target: TargetAmounts | null } | { ok: false; error: string };

const LOWER_BOUND = /^(?:≥|>=|>|từ|tối thiểu|trên|ít nhất)\s*(.+?)(?:\s*trở lên)?$/i;
const UPPER_BOUND = /^(?:≤|<=|<|dưới|tối đa|không quá)\s*(.+)$/i;
const RANGE = /^(.*?\d%?)\s*(?:-|–|—|đến)\s*(.+)$/;
const HELP = 'ví dụ "3.800", khoảng "7-7,5", cận "≥ 7,5" hoặc "≤ 2"';

function amount(text: string): { ok: true; scaled: number } | { ok: false; error: string } {
  const parsed = parseViNumber(text.replace(/%$/, "").trim());
  return parsed.ok ? { ok: true, scaled: parsed.scaled } : parsed;
}

/**
 * Reads a target typed the way an HĐND resolution writes it: "3.800" (a value), "7-7,5" or
 * "7 đến 7,5" (a range), "≥ 7,5" / "từ 7,5 trở lên" (a lower bound), "≤ 2" / "dưới 2" (an upper
 * bound). A trailing % is allowed. Empty text means no target.
 */
export function parseTargetText(input: string): TargetTextResult {
  const text = input.normalize("NFC").trim().replace(/\s+/g, " ");
  if (text === "") return { ok: true, target: null };
  const lower = LOWER_BOUND.exec(text);
  if (lower && !/^\d/.test(text)) {
    const n = amount(lower[1]);
    return n.ok
      ? { ok: true, target: { value: null, min: n.scaled, max: null } }
      : { ok: false, error: `Cận dưới: ${n.error}` };
  }
  const upper = UPPER_BOUND.exec(text);
  if (upper) {
    const n = amount(upper[1]);
    return n.ok
      ? { ok: true, target: { value: null, min: null, max: n.scaled } }
      : { ok: false, error: `Cận trên: ${n.error}` };
  }
  const range = RANGE.exec(text);
  if (range && range[1].trim() !== "") {
    const low = amount(range[1]);
    const high = amount(range[2]);
    if (!low.ok) return { ok: false, error: `Đầu khoảng: ${low.error}` };
    if (!high.ok) return { ok: false, error: `Cuối khoảng: ${high.error}` };
    if (low.scaled >= high.scaled) return { ok: false, error: `Khoảng "${text}" phải có số đầu nhỏ hơn số cuối` };
    return { ok: true, target: { value: null, min: low.scaled, max: high.scaled } };
  }
  const n = amount(text);
  if (!n.ok) return { ok: false, error: `Kế hoạch "${text}" không hợp lệ (${HELP})` };
  return { ok: true, target: { value: n.scaled, min: null, max: null } };
}

/** Checks the value/min/max of an API target: a value alone, or a range/bound. */
export function targetShapeProblem(t: { value?: unknown; min?: unknown; max?: unknown }): string | null {
  const has = (v: unknown) => v !== undefined && v !== null;
  if (has(t.value) && (has(t.min) || has(t.max)))
    return "Chỉ nhập value, hoặc min/max (khoảng, cận), không nhập cả hai";
  if (!has(t.value) && !has(t.min) && !has(t.max)) return "Thiếu kế hoạch: nhập value, hoặc min và/hoặc max";
  return null;
}
