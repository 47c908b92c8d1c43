import { formatViNumber } from "@/lib/numbers";
import { decimalsOf, fromScaled } from "@/lib/numbers/decimal";
import { valuePhrase } from "@/lib/draft/phrases";

/**
 * The text of a result item (kết quả, sự kiện). Pure: the entry form checks and previews it
 * in the browser with the same code the draft báo cáo uses on the server.
 *
 *   "Đã thành lập {1}"                               {1} is the first figure with its unit ("03 cụm công nghiệp")
 *   "Nâng cấp[ {1} tuyến huyện][ và {2} tuyến xã]"   [ … ] is the clause of the figures in it
 *
 * A figure of zero is never written: its clause `[ … ]` is left out, and a zero figure outside
 * any clause leaves the whole item out of the report.
 */
export interface ItemFigure {
  /** scaled × 10 000, as every stored figure */
  value: number;
  unit: string;
}

/** A piece of the written item: plain text, or the text of figure `figure` (0-based). */
export interface ItemSegment {
  text: string;
  figure?: number;
}

export const MAX_FIGURES = 9;
const PLACEHOLDER = /\{(\d+)\}/g;

/** Problems of a typed item text and its figures, in Vietnamese; empty when it can be written. */
export function checkItemText(text: string, figureCount: number): string[] {
  const problems: string[] = [];
  if (text.trim() === "") problems.push("Chưa nhập nội dung kết quả");
  let depth = 0;
  for (const ch of text) {
    if (ch === "[") depth += 1;
    if (ch === "]") depth -= 1;
    if (depth < 0 || depth > 1) break;
  }
  if (depth !== 0) problems.push("Dấu [ ] bao một vế câu phải mở và đóng đủ (không lồng nhau)");
  const used = new Set<number>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const n = Number(m[1]);
    if (n < 1 || n > figureCount) problems.push(`Nội dung dùng {${m[1]}} nhưng chỉ có ${figureCount} số liệu`);
    else used.add(n);
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER, ""))) problems.push("Dấu { } chỉ dùng để đặt số liệu, ví dụ {1}");
  for (let n = 1; n <= figureCount; n++)
    if (!used.has(n)) problems.push(`Số liệu ${n} chưa được đặt vào nội dung: thêm {${n}} vào chỗ cần ghi`);
  return [...new Set(problems)];
}

/** A figure as the report writes it: "03 cụm công nghiệp", "53,53 tỷ đồng", "75,3%"; a bare number ("thứ 15/63") without a unit. */
export function figurePhrase(figure: ItemFigure): string {
  const value = fromScaled(figure.value);
  const precision = decimalsOf(value);
  const unit = figure.unit.trim();
  if (unit === "") return formatViNumber(value, precision);
  return valuePhrase({ precision, unit }, value);
}

/**
 * The item as written: segments of text and figures, a clause with a zero figure left out;
 * null when a zero figure stands outside every clause (the item says nothing then). Brackets
 * are dropped, spaces and stray commas tidied, and the first letter capitalised.
 */
export function renderItem(text: string, figures: ItemFigure[]): ItemSegment[] | null {
  const isZero = (n: number) => figures[n - 1] !== undefined && figures[n - 1].value === 0;
  const outside = text.replace(/\[[^\]]*\]/g, "");
  for (const m of outside.matchAll(PLACEHOLDER)) if (isZero(Number(m[1]))) return null;
  const kept = text.replace(/\[([^\]]*)\]/g, (_, inner: string) =>
    [...inner.matchAll(PLACEHOLDER)].some((m) => isZero(Number(m[1]))) ? "" : inner,
  );
  const tidy = kept
    .replace(/\s+([,;.])/g, "$1")
    .replace(/([,;])\s*[,;]/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[\s,;:]+/, "")
    .replace(/[\s,;:]+$/, "");
  const segments: ItemSegment[] = [];
  let last = 0;
  for (const m of tidy.matchAll(PLACEHOLDER)) {
    if (m.index > last) segments.push({ text: tidy.slice(last, m.index) });
    const index = Number(m[1]) - 1;
    const figure = figures[index];
    segments.push(figure ? { text: figurePhrase(figure), figure: index } : { text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < tidy.length) segments.push({ text: tidy.slice(last) });
  if (segments.length === 0) return null;
  if (segments[0].figure === undefined)
    segments[0] = { text: segments[0].text.charAt(0).toLocaleUpperCase("vi") + segments[0].text.slice(1) };
  return segments;
}

/** The item as one line of text (the form's preview, the API's "written" field); null when it says nothing. */
export function itemSentence(text: string, figures: ItemFigure[]): string | null {
  const segments = renderItem(text, figures);
  return segments === null ? null : segments.map((s) => s.text).join("");
}
