/**
 * The sentence template language (documented in CONTRIBUTING and shown to planners on the
 * "Mẫu câu" page). Pure: runs on the server and, for the live preview, in the browser.
 *
 *   {name}          the indicator's name as sentences use it ("Tổng kim ngạch xuất nhập khẩu qua địa bàn")
 *   {verb}          "ước đạt" for an estimate, otherwise "đạt"; rates: "ước tăng" / "tăng" / "giảm"
 *   {est}           "ước" for an estimate, otherwise nothing ("{name}[ {est}] {value}")
 *   {value}         the figure with its unit at the indicator's precision ("2.285 triệu USD", "5,32%", "03 dự án")
 *   {signed}        rates: the figure with its direction ("tăng 4,05%", "giảm 1,2%")
 *   {pct}           the bare % of plan ("60,1%"), for wordings such as "đạt {pct} dự toán"
 *   {pctOfPlan}     "đạt 60,1% kế hoạch" (or per source: "đạt X% dự toán Trung ương giao, đạt Y% dự toán tỉnh giao")
 *   {change}        "tăng 101,1% so với cùng kỳ" / "giảm 54% so với cùng kỳ" / "bằng 99,6% cùng kỳ" / "tương đương cùng kỳ"
 *   {changeShort}   the same without "so với cùng kỳ" ("tăng 322,4%")
 *   {yearEnd}       point indicators: "tăng 9,75% so với 31/12/2022"; {yearEndShort}: "tăng 2,5%"
 *   {yearEndValue}  point indicators: last year's 31/12 figure ("81,5% kế hoạch")
 *   {lastYearValue} the same period last year ("1.136,4 triệu USD")
 *   {target}        the year's plan figure ("3.891,923 tỷ đồng", "7-7,5%", "từ 6,5% trở lên")
 *   {period}        "6 tháng đầu năm", "9 tháng", "quý I", "tháng 7", "năm 2024"
 *   {year} {lastYear} {endDate}   "2023", "2022", "30/6/2023" (the period's last day)
 *   {parts}         "trong đó " and each part's sentence, comma separated; {partList}: the parts without "trong đó"
 *   {partTargets}   each part's name and plan figure ("vốn ngân sách địa phương 1.250,038 tỷ đồng, ...")
 *   {verdict}       against the plan: "đạt kế hoạch (7-7,5%)", "vượt …", "chưa đạt …" ("không đạt …" once the year is over)
 *   {own} {ownShort} months and quarters: the period's own figure and its comparisons
 *                   ("tháng 10 ước đạt 541 triệu USD, tăng 3% so với tháng trước, tăng 18% so với cùng kỳ")
 *   {toDate}        months and quarters: "lũy kế 10 tháng" ({period} of a cumulative indicator says it too)
 *   {yearEstimate}  6 and 9 months: "ước thực hiện cả năm 9.400 ha, đạt 104,4% kế hoạch" where one was entered
 *   {yearEndName}   last year's end in the house style ("31/12/2023", "cuối năm 2023")
 *   {added} {what}  counts: the increase since last year's end ("06 xã") and what is counted ("đạt chuẩn nông thôn mới")
 *
 * `[ ... ]` is an optional group: it is left out, with the text inside it, when a
 * placeholder in it has nothing to say (no target, no last year's figure, no parts).
 * A template starting with `+` continues the sentence before it in its section
 * ("+, với tổng số vốn đăng ký {value}[, {changeShort}]"). A letter after ": " is capitalised.
 * A sentence whose {value} is missing is never written; the caller lists it as missing.
 */
export type Placeholders = Record<string, string | null>;

const PLACEHOLDER = /\{(\w+)\}/g;
/** Whatever is written between braces, a known token or not. */
const ANY_BRACED = /\{([^{}[\]]*)\}/g;

export const KNOWN_PLACEHOLDERS = [
  "name",
  "verb",
  "est",
  "value",
  "signed",
  "pct",
  "pctOfPlan",
  "change",
  "changeShort",
  "yearEnd",
  "yearEndShort",
  "yearEndValue",
  "lastYearValue",
  "target",
  "period",
  "year",
  "lastYear",
  "endDate",
  "parts",
  "partList",
  "partTargets",
  "verdict",
  "own",
  "ownShort",
  "toDate",
  "yearEstimate",
  "yearEndName",
  "added",
  "what",
] as const;

export type Placeholder = (typeof KNOWN_PLACEHOLDERS)[number];

/**
 * The placeholders under the Vietnamese names planners see and type ("{Phần trăm kế hoạch}"):
 * the "Mẫu câu" editor shows them, template-names.ts converts to and from the stored tokens.
 */
export const PLACEHOLDER_NAMES: Record<Placeholder, string> = {
  name: "Tên chỉ tiêu",
  verb: "Đạt / ước đạt",
  est: "Chữ ước",
  value: "Giá trị",
  signed: "Tăng giảm",
  pct: "Phần trăm",
  pctOfPlan: "Phần trăm kế hoạch",
  change: "So với cùng kỳ",
  changeShort: "So cùng kỳ, ngắn",
  yearEnd: "So với cuối năm trước",
  yearEndShort: "So cuối năm trước, ngắn",
  yearEndValue: "Số cuối năm trước",
  lastYearValue: "Số cùng kỳ",
  target: "Kế hoạch năm",
  period: "Tên kỳ",
  year: "Năm",
  lastYear: "Năm trước",
  endDate: "Ngày cuối kỳ",
  parts: "Trong đó các thành phần",
  partList: "Các thành phần",
  partTargets: "Kế hoạch các thành phần",
  verdict: "Đánh giá so với kế hoạch",
  own: "Số riêng của kỳ",
  ownShort: "Số riêng của kỳ, ngắn",
  toDate: "Lũy kế",
  yearEstimate: "Ước cả năm",
  yearEndName: "Tên cuối năm trước",
  added: "Số tăng thêm",
  what: "Nội dung đếm",
};

/** "{Giá trị}": how messages and the help name a placeholder. */
export const placeholderLabel = (token: Placeholder): string => `{${PLACEHOLDER_NAMES[token]}}`;

export const CONTINUATION_MARK = "+";
export const MAX_TEMPLATE_LENGTH = 500;

export interface TemplateProblem {
  message: string;
}

/**
 * Checks a template as stored (tokens; template-names.ts converts a typed one): known
 * placeholders, balanced brackets, and {value} present. Messages in Vietnamese, naming the
 * placeholders as planners see them ("Mẫu câu phải có {Giá trị}").
 */
export function checkTemplate(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.trim() === "") return [{ message: "Mẫu câu không được để trống" }];
  if (template.length > MAX_TEMPLATE_LENGTH) problems.push({ message: `Mẫu câu dài quá ${MAX_TEMPLATE_LENGTH} ký tự` });
  for (const match of template.matchAll(ANY_BRACED)) {
    if (!(KNOWN_PLACEHOLDERS as readonly string[]).includes(match[1]))
      problems.push({
        message: `Không có trường {${match[1]}}; hãy chọn một trường trong danh sách “Chèn trường”`,
      });
  }
  const braces = template.replace(ANY_BRACED, "");
  if (/[{}]/.test(braces))
    problems.push({ message: `Dấu { } chỉ dùng để bao tên trường, ví dụ ${placeholderLabel("value")}` });
  let depth = 0;
  for (const ch of template) {
    if (ch === "[") depth += 1;
    if (ch === "]") depth -= 1;
    if (depth < 0 || depth > 1) break;
  }
  if (depth !== 0) problems.push({ message: "Dấu [ ] của phần tùy chọn không khớp nhau (không lồng nhau)" });
  if (!template.includes("{value}")) problems.push({ message: `Mẫu câu phải có ${placeholderLabel("value")}` });
  return problems;
}

/** Whether a template continues the sentence before it ("+, với ..."). */
export function isContinuation(template: string): boolean {
  return template.trimStart().startsWith(CONTINUATION_MARK);
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

/**
 * Renders a template; optional groups with an empty placeholder disappear, stray separators
 * are tidied, and a letter after ": " is capitalised ("trong đó: Vốn ngân sách ..."). A
 * leading `+` is dropped (the caller joins the sentence to the one before it).
 */
export function renderTemplate(template: string, values: Placeholders): string {
  const body = isContinuation(template) ? template.trimStart().slice(CONTINUATION_MARK.length) : template;
  const withGroups = body.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const filled = fill(inner, values);
    return filled.complete ? filled.text : "";
  });
  return fill(withGroups, values)
    .text.replace(/\s+,/g, ",")
    .replace(/,\s*,/g, ",")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/[,;:]\s*$/, "")
    .replace(/: (\p{Ll})/gu, (_, letter: string) => `: ${letter.toLocaleUpperCase("vi")}`)
    .trim();
}

/** The placeholders as the "Mẫu câu" page explains them to planners. */
export const PLACEHOLDER_HELP: Record<(typeof KNOWN_PLACEHOLDERS)[number], string> = {
  name: "tên chỉ tiêu dùng trong câu",
  verb: "“ước đạt” nếu là số ước, “đạt” nếu chính thức; chỉ tiêu tốc độ: “ước tăng”, “tăng”, “giảm”",
  est: "“ước” nếu là số ước, không có gì nếu chính thức",
  value: "số liệu kèm đơn vị, đúng số chữ số thập phân (2.285 triệu USD; 03 dự án)",
  signed: "chỉ tiêu tốc độ: số liệu kèm chiều tăng/giảm (tăng 4,05%)",
  pct: "tỷ lệ % so với kế hoạch, chỉ có con số (60,1%)",
  pctOfPlan: "“đạt 60,1% kế hoạch”, hoặc theo từng nguồn giao",
  change: "so với cùng kỳ: “tăng 101,1% so với cùng kỳ”, “bằng 99,6% cùng kỳ”",
  changeShort: "như {So với cùng kỳ} nhưng không có “so với cùng kỳ”",
  yearEnd: "chỉ tiêu thời điểm: “tăng 9,75% so với 31/12” năm trước",
  yearEndShort: "như {So với cuối năm trước} nhưng không có “so với 31/12/…”",
  yearEndValue: "số liệu tại 31/12 năm trước",
  lastYearValue: "số liệu cùng kỳ năm trước",
  target: "chỉ tiêu kế hoạch năm (3.891,923 tỷ đồng; 7-7,5%)",
  period: "tên kỳ: “6 tháng đầu năm”, “9 tháng”, “quý I”",
  year: "năm báo cáo",
  lastYear: "năm trước",
  endDate: "ngày cuối kỳ (30/6/2023)",
  parts: "“trong đó” và câu của từng chỉ tiêu thành phần",
  partList: "câu của các chỉ tiêu thành phần, không có “trong đó”",
  partTargets: "tên và kế hoạch năm của các chỉ tiêu thành phần",
  verdict:
    "so với kế hoạch: “đạt kế hoạch (7-7,5%)”, “vượt kế hoạch (…)”, “chưa đạt kế hoạch (…)”; năm đã kết thúc: “không đạt kế hoạch (…)”",
  own: "báo cáo tháng, quý: số liệu riêng của kỳ và so sánh (“tháng 10 ước đạt 541 triệu USD, tăng 3% so với tháng trước, tăng 18% so với cùng kỳ”)",
  ownShort: "như {Số riêng của kỳ} nhưng ngắn (“tháng 10: 541 triệu USD, …”)",
  toDate: "báo cáo tháng, quý: “lũy kế 10 tháng”",
  yearEstimate: "báo cáo 6, 9 tháng: “ước thực hiện cả năm 9.400 ha, đạt 104,4% kế hoạch” (nếu đã nhập số ước cả năm)",
  yearEndName: "cuối năm trước theo văn phong của tỉnh (“31/12/2023” hoặc “cuối năm 2023”)",
  added: "chỉ tiêu đếm: số tăng thêm so với cuối năm trước (“06 xã”)",
  what: "chỉ tiêu đếm: tên sau đơn vị (“đạt chuẩn nông thôn mới”)",
};
