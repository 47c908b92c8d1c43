/**
 * The sentence template language (documented in CONTRIBUTING and shown to planners):
 *
 *   {name}        the indicator's name as sentences use it ("Tổng kim ngạch xuất nhập khẩu qua địa bàn")
 *   {verb}        "ước đạt" for an estimate, otherwise "đạt"
 *   {value}       the figure with its unit, at the indicator's precision ("2.285 triệu USD", "5,32%")
 *   {pctOfPlan}   "đạt 60,1% kế hoạch" (or per source: "đạt X% dự toán Trung ương giao, đạt Y% dự toán tỉnh giao")
 *   {change}      "tăng 101,1% so với cùng kỳ" / "giảm 54% so với cùng kỳ" / "bằng 99,6% cùng kỳ" / "tương đương cùng kỳ"
 *   {changeShort} the same without "so với cùng kỳ" (used for parts)
 *   {yearEnd}     point indicators: "tăng 9,75% so với 31/12/2022"
 *   {period}      "6 tháng đầu năm 2023"
 *   {parts}       "trong đó " followed by each part's own sentence, comma separated
 *
 * `[ ... ]` is an optional group: it is left out, with the text inside it, when a
 * placeholder in it has nothing to say (no target, no last year's figure, no parts).
 * A sentence whose {value} is missing is never written; the caller lists it as missing.
 */
export type Placeholders = Record<string, string | null>;

const PLACEHOLDER = /\{(\w+)\}/g;

export const KNOWN_PLACEHOLDERS = ["name", "verb", "value", "pctOfPlan", "change", "changeShort", "yearEnd", "period", "parts"] as const;

export interface TemplateProblem {
  message: string;
}

/** Checks a template a planner typed: known placeholders, balanced brackets, and {value} present. */
export function checkTemplate(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!(KNOWN_PLACEHOLDERS as readonly string[]).includes(match[1])) problems.push({ message: `Không có trường {${match[1]}}; dùng: ${KNOWN_PLACEHOLDERS.map((k) => `{${k}}`).join(", ")}` });
  }
  let depth = 0;
  for (const ch of template) {
    if (ch === "[") depth += 1;
    if (ch === "]") depth -= 1;
    if (depth < 0 || depth > 1) break;
  }
  if (depth !== 0) problems.push({ message: "Dấu [ ] của phần tùy chọn không khớp nhau (không lồng nhau)" });
  if (!template.includes("{value}")) problems.push({ message: "Mẫu câu phải có {value}" });
  return problems;
}

function fill(text: string, values: Placeholders): { text: string; complete: boolean } {
  let complete = true;
  const out = text.replace(PLACEHOLDER, (_, key: string) => {
    const v = values[key];
    if (v === null || v === undefined || v === "") {
      complete = false;
      return "";
    }
    return v;
  });
  return { text: out, complete };
}

/** Renders a template; optional groups with an empty placeholder disappear, and stray separators are tidied. */
export function renderTemplate(template: string, values: Placeholders): string {
  const withGroups = template.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const filled = fill(inner, values);
    return filled.complete ? filled.text : "";
  });
  return fill(withGroups, values)
    .text.replace(/\s+,/g, ",")
    .replace(/,\s*,/g, ",")
    .replace(/\s{2,}/g, " ")
    .replace(/,\s*$/, "")
    .trim();
}
